using System.Net;
using System.Net.Http.Json;
using FairHall.Platform.Notifications;
using FairHall.Tests.Infrastructure;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>The in-app notification centre: API and page, each user sees and marks only their own.</summary>
[Trait("Req", "X-1")]
[Trait("Req", "X-4")]
public abstract class NotificationTests<TDb>(QuietOutboxFixture<TDb> fixture) : IClassFixture<QuietOutboxFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record Item(long Id, string Title, string Body, string TitleZh, string TitleEn, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

    public sealed record Page(List<Item> Items, int Unread, long? NextAfterId);

    [Fact]
    public async Task The_api_lists_only_the_callers_own_notifications_newest_first_in_pages()
    {
        var (alice, aliceName) = await fixture.NewUserAsync();
        var (bob, bobName) = await fixture.NewUserAsync();
        for (var i = 1; i <= 3; i++)
        {
            await fixture.QueueAsync(Content($"给甲的第{i}条", $"For A #{i}"), new NotificationRecipient(UserId: alice));
        }

        await fixture.QueueAsync(Content("给乙的", "For B"), new NotificationRecipient(UserId: bob));
        await fixture.Dispatcher.DispatchDueAsync();

        var client = await fixture.ClientAsAsync(aliceName);
        var first = await client.GetFromJsonAsync<Page>("/api/v1/notifications?limit=2");
        var second = await client.GetFromJsonAsync<Page>($"/api/v1/notifications?limit=2&afterId={first!.NextAfterId}");

        first.Items.Select(n => n.TitleZh).ShouldBe(["给甲的第3条", "给甲的第2条"]);
        first.Items[0].Title.ShouldBe("给甲的第3条", "Chinese is the default language");
        first.Unread.ShouldBe(3);
        second!.Items.Select(n => n.TitleZh).ShouldBe(["给甲的第1条"]);
        second.NextAfterId.ShouldBeNull();

        var bobs = await (await fixture.ClientAsAsync(bobName)).GetFromJsonAsync<Page>("/api/v1/notifications");
        bobs!.Items.Select(n => n.TitleEn).ShouldBe(["For B"]);
    }

    [Fact]
    public async Task A_user_marks_their_own_read_but_another_users_notification_is_not_found()
    {
        var (alice, aliceName) = await fixture.NewUserAsync();
        var (_, bobName) = await fixture.NewUserAsync();
        await fixture.QueueAsync(Content("一", "One"), new NotificationRecipient(UserId: alice));
        await fixture.QueueAsync(Content("二", "Two"), new NotificationRecipient(UserId: alice));
        await fixture.Dispatcher.DispatchDueAsync();
        var aliceClient = await fixture.ClientAsAsync(aliceName);
        var bobClient = await fixture.ClientAsAsync(bobName);
        var items = (await aliceClient.GetFromJsonAsync<Page>("/api/v1/notifications"))!.Items;

        var bobTries = await bobClient.PostAsync($"/api/v1/notifications/{items[0].Id}/read", null);
        (await Problem.ReadAsync(bobTries, HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        (await bobClient.GetFromJsonAsync<Page>("/api/v1/notifications"))!.Items.ShouldBeEmpty();
        (await bobClient.PostAsync("/api/v1/notifications/read-all", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var marked = await aliceClient.PostAsync($"/api/v1/notifications/{items[0].Id}/read", null);
        marked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterOne = (await aliceClient.GetFromJsonAsync<Page>("/api/v1/notifications"))!;
        afterOne.Unread.ShouldBe(1, "bob's read-all did not touch alice's");
        afterOne.Items.Single(n => n.Id == items[0].Id).ReadAt.ShouldBe(fixture.App.Clock.GetUtcNow());

        var all = await aliceClient.PostAsync("/api/v1/notifications/read-all", null);
        (await all.Content.ReadFromJsonAsync<Dictionary<string, int>>())!["marked"].ShouldBe(1);
        (await aliceClient.GetFromJsonAsync<Page>("/api/v1/notifications"))!.Unread.ShouldBe(0);
        (await aliceClient.PostAsync("/api/v1/notifications/999999999/read", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_notifications_page_lists_them_with_an_unread_badge_and_marks_them_read()
    {
        var (alice, aliceName) = await fixture.NewUserAsync();
        await fixture.QueueAsync(Content("展位已确认", "Booth confirmed", "/account"), new NotificationRecipient(UserId: alice));
        await fixture.QueueAsync(Content("资料已通过审核", "Profile approved"), new NotificationRecipient(UserId: alice));
        await fixture.QueueAsync(Content("审核未通过", "Review failed"), new NotificationRecipient(UserId: alice));
        await fixture.Dispatcher.DispatchDueAsync();
        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(aliceName);

        var page = await browser.GetAsync("/notifications");

        page.QuerySelectorAll("[data-testid=notification-title]").Select(e => e.TextContent).ShouldBe(["审核未通过", "资料已通过审核", "展位已确认"]);
        page.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldBe("3");
        var newest = page.QuerySelector("[data-testid=notification]")!.GetAttribute("data-id")!;

        page = await browser.SubmitAsync(page, "[data-testid=notifications-form]", new Dictionary<string, string> { ["Act"] = newest });

        page.Url.ShouldEndWith("/notifications");
        page.QuerySelector("[data-testid=unread-count]")!.TextContent.ShouldBe("2");
        page.QuerySelector($"[data-id='{newest}']")!.GetAttribute("data-read").ShouldBe("true");

        page = await browser.SubmitAsync(page, "[data-testid=notifications-form]", new Dictionary<string, string> { ["Act"] = "all" });

        page.QuerySelector("[data-testid=unread-count]").ShouldBeNull();
        page.QuerySelectorAll("[data-read=false]").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_page_speaks_English_and_needs_a_signed_in_user()
    {
        var (alice, aliceName) = await fixture.NewUserAsync();
        await fixture.QueueAsync(Content("新消息", "New message"), new NotificationRecipient(UserId: alice));
        await fixture.Dispatcher.DispatchDueAsync();

        using var anonymous = fixture.Anonymous();
        var redirect = await anonymous.GetAsync("/notifications");
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirect.Headers.Location!.ToString().ShouldContain("/login");

        using var browser = new Browserless(fixture.App, "en");
        await browser.LoginAsync(aliceName);
        var page = await browser.GetAsync("/notifications");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Notifications");
        page.QuerySelector("[data-testid=notification-title]")!.TextContent.ShouldBe("New message");
    }

    private static NotificationContent Content(string zh, string en, string? link = null) =>
        new(zh, en, $"{zh}（正文）", $"{en} (body)", link);
}

[Trait("Provider", "sqlite")]
public sealed class NotificationTestsOnSqlite(QuietOutboxFixture<SqliteDb> f) : NotificationTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class NotificationTestsOnPostgres(QuietOutboxFixture<PostgresDb> f) : NotificationTests<PostgresDb>(f);
