using System.Net;
using System.Net.Http.Json;
using System.Text;
using FairHall.Modules.Accounts;
using FairHall.Platform.Audit;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>The organizer's audit console: filters, keyset pages, before/after detail and streamed CSV export.</summary>
[Trait("Req", "X-4")]
public abstract class AuditConsoleTests<TDb>(QuietOutboxFixture<TDb> fixture) : IClassFixture<QuietOutboxFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record Item(long Id, DateTimeOffset At, long? ActorUserId, string ActorName, string Action, string EntityType, string EntityId, string? Before, string? After);

    public sealed record Page(List<Item> Items, long? NextAfterId);

    [Fact]
    public async Task The_api_filters_by_type_id_actor_and_beijing_day_and_pages_by_keyset()
    {
        var type = await SeedAsync();
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);

        async Task<List<Item>> Get(string query) => (await organizer.GetFromJsonAsync<Page>($"/api/v1/audit?entityType={type}&{query}"))!.Items;

        (await Get("")).Select(e => e.EntityId).ShouldBe(["5", "4", "3", "2", "1"]);
        (await Get("entityId=3")).ShouldHaveSingleItem().ActorName.ShouldBe("李四");
        (await Get("actor=7")).Select(e => e.EntityId).ShouldBe(["4", "2", "1"]);
        (await Get("actor=" + Uri.EscapeDataString("李四"))).Select(e => e.EntityId).ShouldBe(["5", "3"]);
        // 2026-11-20 in Beijing is 2026-11-19T16:00Z up to 2026-11-20T16:00Z.
        (await Get("from=2026-11-20&to=2026-11-20")).Select(e => e.EntityId).ShouldBe(["3", "2"]);
        (await Get("from=2026-11-21")).Select(e => e.EntityId).ShouldBe(["5", "4"]);
        (await Get("to=2026-11-19T15:30:00Z")).Select(e => e.EntityId).ShouldBe(["1"]);

        var first = (await organizer.GetFromJsonAsync<Page>($"/api/v1/audit?entityType={type}&limit=2"))!;
        var second = (await organizer.GetFromJsonAsync<Page>($"/api/v1/audit?entityType={type}&limit=2&afterId={first.NextAfterId}"))!;
        var third = (await organizer.GetFromJsonAsync<Page>($"/api/v1/audit?entityType={type}&limit=2&afterId={second.NextAfterId}"))!;
        first.Items.Concat(second.Items).Concat(third.Items).Select(e => e.EntityId).ShouldBe(["5", "4", "3", "2", "1"]);
        third.NextAfterId.ShouldBeNull();

        var bad = await organizer.GetAsync($"/api/v1/audit?from=yesterday");
        var problem = await Problem.ReadAsync(bad, HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("validation_failed");
        problem.Errors!.Keys.ShouldContain("From");
    }

    [Fact]
    public async Task The_export_streams_the_filtered_entries_as_csv_safe_for_spreadsheets()
    {
        var type = await SeedAsync();
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);

        var response = await organizer.GetAsync($"/api/v1/audit/export?entityType={type}&actor=7");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("id,at,actor_user_id,actor_name,action,entity_type,entity_id,before,after");
        lines.Length.ShouldBe(4);
        lines[1].ShouldContain($",7,张三,update,{type},4,");
        lines[1].ShouldEndWith("\"{\"\"Name\"\":\"\"新, \"\"名\"\"\"\"}\"");
        lines[3].ShouldContain("2026-11-19T23:30:00.000+08:00");
        lines[3].ShouldEndWith(",'=HYPERLINK(1)");
    }

    [Fact]
    public async Task The_console_lists_filters_and_shows_before_and_after_side_by_side()
    {
        var type = await SeedAsync();
        var userId = await RenameUserAsync();
        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(DemoUsers.Organizer);

        var page = await browser.GetAsync($"/console/audit?entityType={type}");
        page.QuerySelectorAll("[data-testid=audit-row]").Length.ShouldBe(5);
        page.QuerySelector("[data-testid=audit-export]")!.GetAttribute("href").ShouldBe($"/api/v1/audit/export?entityType={type}");

        page = await browser.GetAsync($"/console/audit?entityType={type}&actor={Uri.EscapeDataString("李四")}");
        page.QuerySelectorAll("[data-testid=audit-row]").Length.ShouldBe(2);

        page = await browser.GetAsync($"/console/audit?entityType=User&entityId={userId}");
        var rows = page.QuerySelectorAll("[data-testid=audit-row]");
        // Created, given a role (Identity updates the user), renamed twice: newest first.
        rows.Length.ShouldBe(4);
        var detail = await browser.GetAsync(rows[0].QuerySelector("[data-testid=audit-detail-link]")!.GetAttribute("href")!);

        detail.QuerySelector("[data-testid=audit-action]")!.TextContent.ShouldBe("修改");
        var field = detail.QuerySelector("[data-field=DisplayName]")!;
        field.QuerySelector("[data-testid=before]")!.TextContent.ShouldBe("改名前");
        field.QuerySelector("[data-testid=after]")!.TextContent.ShouldBe("改名后");
        field.ClassList.ShouldContain("table-warning");
    }

    /// <summary>Five entries of a type of their own, on both sides of a Beijing midnight, by two actors.</summary>
    private async Task<string> SeedAsync()
    {
        var type = $"Probe{Guid.NewGuid():N}"[..16];
        DateTimeOffset Z(string s) => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var entries = new[]
        {
            new AuditEntry { At = Z("2026-11-19T15:30:00Z"), ActorUserId = 7, ActorName = "张三", Action = "create", EntityType = type, EntityId = "1", After = "=HYPERLINK(1)" },
            new AuditEntry { At = Z("2026-11-19T16:30:00Z"), ActorUserId = 7, ActorName = "张三", Action = "create", EntityType = type, EntityId = "2" },
            new AuditEntry { At = Z("2026-11-20T15:59:00Z"), ActorUserId = 8, ActorName = "李四", Action = "delete", EntityType = type, EntityId = "3" },
            new AuditEntry { At = Z("2026-11-20T16:00:00Z"), ActorUserId = 7, ActorName = "张三", Action = "update", EntityType = type, EntityId = "4", Before = "{}", After = "{\"Name\":\"新, \"名\"\"}" },
            new AuditEntry { At = Z("2026-11-21T02:00:00Z"), ActorUserId = 8, ActorName = "李四", Action = "update", EntityType = type, EntityId = "5" },
        };
        foreach (var entry in entries)
        {
            // One at a time, so that ids follow the order above.
            await fixture.App.WithDbAsync(async db =>
            {
                db.Add(entry);
                await db.SaveChangesAsync();
            });
        }

        return type;
    }

    private async Task<long> RenameUserAsync()
    {
        var (id, _) = await fixture.NewUserAsync();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = (await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        user.DisplayName = "改名前";
        await users.UpdateAsync(user);
        user.DisplayName = "改名后";
        await users.UpdateAsync(user);
        return id;
    }
}

[Trait("Provider", "sqlite")]
public sealed class AuditConsoleTestsOnSqlite(QuietOutboxFixture<SqliteDb> f) : AuditConsoleTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class AuditConsoleTestsOnPostgres(QuietOutboxFixture<PostgresDb> f) : AuditConsoleTests<PostgresDb>(f);
