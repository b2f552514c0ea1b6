using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static FairHall.Tests.Fairs.FairsApi;

namespace FairHall.Tests.Onboarding;

/// <summary>
/// CSV imports of the offline list and the participation history, and the eligibility derived from them
/// (FAIR-3). Broken rows are reported by line and field and skipped; good rows are kept (ADR 0008).
/// </summary>
[Trait("Req", "FAIR-3")]
[Trait("Req", "X-3")]
public abstract class EligibilityImportTests<TDb>(AppFixture<TDb> fixture, ITestOutputHelper output) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record ErrorDto(int Line, string Field, string Code, string Message);

    public sealed record PreviewDto(int Line, List<string> Values, List<ErrorDto> Errors);

    public sealed record JobDto(long Id, string Status, int TotalRows, int ProcessedRows, int ImportedRows, int ErrorRows, string? Message, List<PreviewDto> Preview, List<ErrorDto> Errors);

    public sealed record RowDto(long EnterpriseId, string EnterpriseNameZh, string Kind, bool IsEligible, bool BasicPackageEntitled, string Basis);

    public sealed record ListDto(PageOf<RowDto> Page);

    private async Task<(HttpClient Client, long SessionId)> OrganizerAsync()
    {
        var client = await fixture.ClientAsAsync(DemoUsers.Organizer);
        var current = await (await client.GetAsync("/api/v1/sessions/current")).ReadAsync<CurrentDto>();
        return (client, current.Session.Id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long sessionId, string kind, string csv, string name = "list.csv")
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(sessionId.ToString()), "sessionId");
        form.Add(new StringContent(kind), "kind");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        return await client.PostAsync("/api/v1/eligibility/imports", form);
    }

    private static async Task<JobDto> RunAsync(HttpClient client, long jobId)
    {
        (await client.PostAsync($"/api/v1/eligibility/imports/{jobId}/start", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        for (var i = 0; i < 1200; i++)
        {
            var job = await (await client.GetAsync($"/api/v1/eligibility/imports/{jobId}")).ReadAsync<JobDto>();
            if (job.Status is "Completed" or "Failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }

    private async Task<long> EnterpriseAsync(string name) => await fixture.App.WithDbAsync(async db =>
    {
        var e = new Enterprise { NameZh = name, NameEn = name, CreatedAt = fixture.App.Clock.GetUtcNow() };
        db.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    });

    [Fact]
    public async Task Broken_rows_are_reported_by_line_and_field_good_rows_are_imported_and_eligibility_follows()
    {
        var (client, sessionId) = await OrganizerAsync();
        var tag = Guid.NewGuid().ToString("N")[..5];
        var exhibitor = await EnterpriseAsync($"线下展商{tag}有限公司");
        var affiliate = await EnterpriseAsync($"联营企业（广州）{tag}有限公司");
        var nearMiss = await EnterpriseAsync($"联营企业{tag}公司");
        var history = await EnterpriseAsync($"往届企业{tag}");
        var noPackage = await EnterpriseAsync($"未购套餐{tag}");
        var tooOld = await EnterpriseAsync($"太早参展{tag}");
        (await client.PutJsonAsync($"/api/v1/sessions/{sessionId}/eligibility/settings", new { historyFrom = 127, historyTo = 135, packageFrom = 133, packageTo = 135 })).EnsureSuccessStatusCode();

        var offlineCsv = $"企业名称,联营企业,展区,展位号\n线下展商{tag}有限公司,联营企业(广州){tag}有限公司|另一家{tag},P1-01,1.1A01\n,缺名称,P1-02,1.1A02\n\"{new string('长', 201)}\",,P1-03,\n";
        var uploaded = await (await UploadAsync(client, sessionId, "OfflineExhibitors", offlineCsv)).ReadAsync<JobDto>();
        uploaded.Status.ShouldBe("Uploaded");
        uploaded.Preview.Count.ShouldBe(3);
        uploaded.Preview[1].Errors.Single().Field.ShouldBe("EnterpriseName");
        var offline = await RunAsync(client, uploaded.Id);
        offline.Status.ShouldBe("Completed");
        (offline.ImportedRows, offline.ErrorRows).ShouldBe((1, 2));
        offline.Errors.Select(e => (e.Line, e.Field, e.Code)).ShouldBe([(3, "EnterpriseName", "required"), (4, "EnterpriseName", "too_long")]);
        offline.Errors[0].Message.ShouldBe("第 3 行“企业名称”：不能为空");

        var historyCsv = $"EnterpriseName,SessionNumber,OnlineOnly,Package\n往届企业{tag},134,yes,A\n未购套餐{tag},135,是,\n太早参展{tag},126,no,\n坏行{tag},abc,maybe,\n";
        var job = await RunAsync(client, (await (await UploadAsync(client, sessionId, "OnlineHistory", historyCsv)).ReadAsync<JobDto>()).Id);
        (job.ImportedRows, job.ErrorRows).ShouldBe((3, 1));
        job.Errors.Select(e => e.Field).ShouldBe(["SessionNumber", "OnlineOnly"], ignoreOrder: true);

        var records = await fixture.App.WithDbAsync(db => db.Set<EligibilityRecord>().Where(r => r.SessionId == sessionId).ToListAsync());
        EligibilityRecord? Of(long id) => records.SingleOrDefault(r => r.EnterpriseId == id);
        Of(exhibitor)!.Kind.ShouldBe(EligibilityKind.OfflineExhibitor);
        Of(exhibitor)!.BasicPackageEntitled.ShouldBeTrue();
        Of(affiliate)!.Kind.ShouldBe(EligibilityKind.OfflineExhibitor); // full-width brackets fold to the confirmed name
        Of(history)!.Kind.ShouldBe(EligibilityKind.OnlineHistory);
        Of(history)!.IsEligible.ShouldBeTrue();
        (Of(nearMiss)?.IsEligible ?? false).ShouldBeFalse();
        (Of(noPackage)?.IsEligible ?? false).ShouldBeFalse();
        (Of(tooOld)?.IsEligible ?? false).ShouldBeFalse();

        var list = await (await client.GetAsync($"/api/v1/sessions/{sessionId}/eligibility?kind=OnlineHistory&q={Uri.EscapeDataString(tag)}")).ReadAsync<ListDto>();
        list.Page.Items.Select(r => r.EnterpriseId).ShouldBe([history]);

        // The window is data: widening it to 126 makes the early exhibitor eligible.
        (await client.PutJsonAsync($"/api/v1/sessions/{sessionId}/eligibility/settings", new { historyFrom = 126, historyTo = 135, packageFrom = 133, packageTo = 135 })).EnsureSuccessStatusCode();
        (await fixture.App.WithDbAsync(db => db.Set<EligibilityRecord>().SingleAsync(r => r.SessionId == sessionId && r.EnterpriseId == tooOld))).IsEligible.ShouldBeTrue();
    }

    [Fact]
    public async Task A_file_without_the_required_column_is_refused_whole_and_uploads_need_their_fields()
    {
        var (client, sessionId) = await OrganizerAsync();
        var job = await RunAsync(client, (await (await UploadAsync(client, sessionId, "OnlineHistory", "Name,Whatever\nX,1\n")).ReadAsync<JobDto>()).Id);
        job.Status.ShouldBe("Failed");
        job.Message.ShouldBe("文件缺少必需的列“EnterpriseName”，未导入任何行。");

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var empty = new MultipartFormDataContent { { new StringContent("0"), "sessionId" } };
        var problem = await Problem.ReadAsync(await client.PostAsync("/api/v1/eligibility/imports", empty), HttpStatusCode.BadRequest);
        problem.Errors!["Kind"].ShouldBe(["Choose the kind of list."]);
        problem.Errors["File"].ShouldBe(["Choose a CSV file."]);
    }

    [Fact]
    public async Task The_console_pages_show_the_preview_with_row_errors_then_progress_until_done()
    {
        var (client, sessionId) = await OrganizerAsync();
        var uploaded = await (await UploadAsync(client, sessionId, "OfflineExhibitors", "EnterpriseName,Affiliates\n页面企业,\n,无名\n")).ReadAsync<JobDto>();
        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(DemoUsers.Organizer);

        var page = await browser.GetAsync($"/console/eligibility/imports/{uploaded.Id}");
        page.QuerySelector("[data-testid=job-status]")!.TextContent.ShouldBe("Previewed");
        page.QuerySelector("[data-testid=preview]")!.TextContent.ShouldContain("Line 3, Enterprise name: is required");
        page.QuerySelector("meta[http-equiv=refresh]").ShouldBeNull();

        var started = await browser.SubmitAsync(page, "form[data-testid=start], form:has(button[data-testid=start])", new Dictionary<string, string>());
        started.QuerySelector("[data-testid=job-status]").ShouldNotBeNull();
        var done = await RunUntilDoneAsync(client, uploaded.Id);
        done.Status.ShouldBe("Completed");
        var finished = await browser.GetAsync($"/console/eligibility/imports/{uploaded.Id}");
        finished.QuerySelector("[data-testid=progress]")!.TextContent.ShouldBe("100%");
        finished.QuerySelectorAll("[data-testid=error]").Length.ShouldBe(1);
        var console = await browser.GetAsync("/console/eligibility");
        console.QuerySelectorAll("[data-testid=job-row]").Length.ShouldBeGreaterThan(0, console.Body!.TextContent[..Math.Min(3000, console.Body!.TextContent.Length)]);
    }

    private static async Task<JobDto> RunUntilDoneAsync(HttpClient client, long jobId)
    {
        for (var i = 0; i < 300; i++)
        {
            var job = await (await client.GetAsync($"/api/v1/eligibility/imports/{jobId}")).ReadAsync<JobDto>();
            if (job.Status is "Completed" or "Failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }

    [Fact]
    public async Task A_hundred_thousand_history_rows_import_in_well_under_a_minute()
    {
        var (client, sessionId) = await OrganizerAsync();
        var csv = new StringBuilder("EnterpriseName,SessionNumber,OnlineOnly,Package\n");
        for (var i = 0; i < 100_000; i++)
        {
            csv.Append("批量企业").Append(i).Append("有限公司,").Append(127 + (i % 9)).Append(',').Append(i % 2 == 0 ? "yes" : "no").Append(',').Append(i % 3 == 0 ? "A" : "").Append('\n');
        }

        var watch = Stopwatch.StartNew();
        var uploaded = await (await UploadAsync(client, sessionId, "OnlineHistory", csv.ToString(), "history-100k.csv")).ReadAsync<JobDto>();
        var upload = watch.Elapsed;
        uploaded.TotalRows.ShouldBe(100_000);
        var job = await RunAsync(client, uploaded.Id);
        watch.Stop();

        job.Status.ShouldBe("Completed");
        job.ImportedRows.ShouldBe(100_000);
        (await fixture.App.WithDbAsync(db => db.Set<ParticipationHistory>().CountAsync(h => h.JobId == job.Id))).ShouldBe(100_000);
        output.WriteLine($"[{fixture.App.Db.Provider}] 100,000 rows: upload+preview {upload.TotalSeconds:F2} s, total {watch.Elapsed.TotalSeconds:F2} s (import job: {job.Message})");
    }
}

[Trait("Provider", "sqlite")]
public sealed class EligibilityImportTestsOnSqlite(AppFixture<SqliteDb> f, ITestOutputHelper o) : EligibilityImportTests<SqliteDb>(f, o);

[Trait("Provider", "postgres")]
public sealed class EligibilityImportTestsOnPostgres(AppFixture<PostgresDb> f, ITestOutputHelper o) : EligibilityImportTests<PostgresDb>(f, o);
