using System.Net;
using System.Net.Http.Json;
using FairHall.Platform.Outbox;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>The organizer sees undelivered events and retries them; nobody else can.</summary>
[Trait("Req", "X-1")]
public abstract class OutboxConsoleTests<TDb>(QuietOutboxFixture<TDb> fixture) : IClassFixture<QuietOutboxFixture<TDb>> where TDb : TestDb, new()
{
    private sealed record Item(long Id, string Type, int Attempts, string? LastError);

    private sealed record Counts(int Pending, int Retrying, int Failed);

    private sealed record Page(Counts Counts, List<Item> Items);

    [Fact]
    public async Task A_failed_event_is_listed_with_its_error_and_a_retry_makes_it_due_again()
    {
        var id = await AddAsync(attempts: 10, processed: false, error: "smtp: connection refused");
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);

        var failed = await organizer.GetFromJsonAsync<Page>("/api/v1/outbox?state=Failed");
        failed!.Items.ShouldContain(i => i.Id == id && i.LastError == "smtp: connection refused");
        failed.Counts.Failed.ShouldBeGreaterThanOrEqualTo(1);

        (await organizer.PostAsync($"/api/v1/outbox/{id}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var message = await fixture.App.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == id));
        message.Attempts.ShouldBe(0);
        message.NextAttemptAt.ShouldBe(fixture.App.Clock.GetUtcNow());
        message.ProcessedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_delivered_event_cannot_be_retried_and_an_unknown_one_is_not_found()
    {
        var id = await AddAsync(attempts: 1, processed: true, error: null);
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);

        var delivered = await organizer.PostAsync($"/api/v1/outbox/{id}/retry", null);
        var missing = await organizer.PostAsync("/api/v1/outbox/987654321/retry", null);

        (await Problem.ReadAsync(delivered, HttpStatusCode.Conflict)).Code.ShouldBe("outbox_already_processed");
        (await Problem.ReadAsync(missing, HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
    }

    [Fact]
    public async Task The_console_page_shows_failed_events_in_both_languages_and_retries_by_form()
    {
        var id = await AddAsync(attempts: 10, processed: false, error: "sms gateway timeout");
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.Organizer);

        var page = await browser.GetAsync("/console/outbox?state=Failed");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Event delivery");
        page.QuerySelectorAll("[data-testid=outbox-row]").ShouldContain(r => r.TextContent.Contains("sms gateway timeout"));

        var form = page.QuerySelectorAll("form").First(f => f.QuerySelector("[data-testid=retry]") is not null && f.ParentElement!.ParentElement!.TextContent.Contains("sms gateway timeout"));
        form.Id = "retry-form";
        page = await browser.SubmitAsync(page, "#retry-form", new Dictionary<string, string>());

        page.QuerySelector("[role=status]")!.TextContent.ShouldBe("The retry is scheduled.");
        (await fixture.App.WithDbAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.Id == id))).Attempts.ShouldBe(0);

        using var zh = new Browserless(fixture.App, "zh-CN");
        await zh.LoginAsync(DemoUsers.Organizer);
        (await zh.GetAsync("/console/outbox")).QuerySelector("h1")!.TextContent.ShouldBe("事件投递");
    }

    [Fact]
    public async Task Other_roles_cannot_open_the_console_page()
    {
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.Delegation);

        var page = await browser.GetAsync("/console/outbox");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Access denied");
    }

    private Task<long> AddAsync(int attempts, bool processed, string? error) => fixture.App.WithDbAsync(async db =>
    {
        var now = fixture.App.Clock.GetUtcNow();
        var message = new OutboxMessage
        {
            Type = "FairHall.Tests.Unhandled",
            Payload = "{}",
            OccurredAt = now.AddMinutes(-30),
            NextAttemptAt = now.AddHours(1),
            Attempts = attempts,
            LastError = error,
            ProcessedAt = processed ? now : null,
        };
        db.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    });
}

[Trait("Provider", "sqlite")]
public sealed class OutboxConsoleTestsOnSqlite(QuietOutboxFixture<SqliteDb> f) : OutboxConsoleTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class OutboxConsoleTestsOnPostgres(QuietOutboxFixture<PostgresDb> f) : OutboxConsoleTests<PostgresDb>(f);
