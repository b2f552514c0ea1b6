using System.Net;
using FairHall.Platform.Notifications;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>The SMS sandbox stores instead of sending; the organizer reads it with phone numbers masked.</summary>
[Trait("Req", "X-4")]
public abstract class SmsSandboxTests<TDb>(QuietOutboxFixture<TDb> fixture) : IClassFixture<QuietOutboxFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task A_queued_sms_is_stored_by_the_sandbox_and_listed_masked_for_the_organizer()
    {
        await fixture.QueueAsync(new NotificationContent("验证码", "Code", "您的验证码是 246810", "Your code is 246810"),
            new NotificationRecipient(Phone: "13812345678"), purpose: "login_code");
        await fixture.QueueAsync(new NotificationContent("提醒", "Reminder", "明天开展", "Opens tomorrow"),
            new NotificationRecipient(Phone: "13987654321"));
        await fixture.Dispatcher.DispatchDueAsync();

        var stored = await fixture.App.WithDbAsync(db => db.Set<SmsMessage>().SingleAsync(m => m.Phone == "13812345678"));
        stored.Purpose.ShouldBe("login_code");
        stored.Text.ShouldBe("【云展厅】验证码：您的验证码是 246810");
        stored.CreatedAt.ShouldBe(fixture.App.Clock.GetUtcNow());

        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(DemoUsers.Organizer);
        var list = await browser.GetAsync("/console/sms");

        list.QuerySelectorAll("[data-testid=sms-phone]").Select(e => e.TextContent).ShouldContain("138****5678");
        list.DocumentElement.OuterHtml.ShouldNotContain("13812345678");
        list.DocumentElement.OuterHtml.ShouldNotContain("13987654321");

        var found = await browser.GetAsync("/console/sms?phone=13812345678");
        found.QuerySelectorAll("[data-testid=sms-row]").Length.ShouldBe(1);
        var detail = await browser.GetAsync(found.QuerySelector("[data-testid=sms-detail-link]")!.GetAttribute("href")!);
        detail.QuerySelector("[data-testid=sms-phone]")!.TextContent.ShouldBe("13812345678");

        (await browser.GetAsync("/console/sms?phone=5678")).QuerySelectorAll("[data-testid=sms-row]").Length.ShouldBe(1);
    }

    [Fact]
    public void Phone_numbers_are_masked_keeping_the_first_three_and_last_four_digits()
    {
        PhoneMask.Mask("13812345678").ShouldBe("138****5678");
        PhoneMask.Mask("+8613812345678").ShouldBe("+86****5678");
        PhoneMask.Mask("12345").ShouldBe("***45");
        PhoneMask.Mask("").ShouldBe("");
    }

    [Theory]
    [InlineData(DemoUsers.Buyer)]
    [InlineData(DemoUsers.Delegation)]
    [InlineData(DemoUsers.ExhibitorAdmin)]
    public async Task Only_the_organizer_opens_the_sms_and_audit_consoles(string user)
    {
        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(user);

        foreach (var path in new[] { "/console/sms", "/console/sms/1", "/console/audit", "/console/audit/1" })
        {
            var page = await browser.GetAsync(path);
            browser.LastResponse!.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/denied", path);
            page.QuerySelector("[data-testid=sms-phone]").ShouldBeNull();
        }

        var api = await fixture.ClientAsAsync(user);
        (await Problem.ReadAsync(await api.GetAsync("/api/v1/audit"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await Problem.ReadAsync(await api.GetAsync("/api/v1/audit/export"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
    }
}

[Trait("Provider", "sqlite")]
public sealed class SmsSandboxTestsOnSqlite(QuietOutboxFixture<SqliteDb> f) : SmsSandboxTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class SmsSandboxTestsOnPostgres(QuietOutboxFixture<PostgresDb> f) : SmsSandboxTests<PostgresDb>(f);

/// <summary>E-mail goes through the outbox to a real SMTP server, with a Chinese subject intact.</summary>
[Trait("Req", "X-1")]
public abstract class EmailTests<TDb>(MailFixture<TDb> fixture) : IClassFixture<MailFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    public async Task A_notification_with_an_email_channel_arrives_at_the_smtp_server_with_its_chinese_subject()
    {
        var to = $"buyer-{Guid.NewGuid():N}"[..14] + "@example.com";
        await fixture.QueueAsync(
            new NotificationContent("展位确认通知：第138届广交会", "Booth confirmed", "您的展位已确认，请按时布展。", "Your booth is confirmed.", "/account"),
            new NotificationRecipient(Email: to));

        await fixture.Dispatcher.DispatchDueAsync();

        var printed = await fixture.Sink.WaitForAsync("END MESSAGE", TimeSpan.FromSeconds(60));
        SmtpSink.Headers(printed, "To").ShouldContain(to);
        SmtpSink.Headers(printed, "Subject").ShouldContain("展位确认通知：第138届广交会");
        SmtpSink.Headers(printed, "From").ShouldContain("noreply@fairhall.local");
        var message = await fixture.App.WithDbAsync(db => db.Set<FairHall.Platform.Outbox.OutboxMessage>().SingleAsync(m => m.Payload.Contains(to)));
        message.ProcessedAt.ShouldNotBeNull();
        message.LastError.ShouldBeNull();
    }

    [Fact]
    public async Task When_the_smtp_server_refuses_the_message_is_retried_later()
    {
        var to = "not an address";
        await fixture.QueueAsync(new NotificationContent("标题", "Title", "正文", "Body"), new NotificationRecipient(Email: to));

        await fixture.Dispatcher.DispatchDueAsync();

        var message = await fixture.App.WithDbAsync(db => db.Set<FairHall.Platform.Outbox.OutboxMessage>().SingleAsync(m => m.Payload.Contains(to)));
        message.ProcessedAt.ShouldBeNull();
        message.Attempts.ShouldBe(1);
        message.LastError.ShouldNotBeNull().ShouldContain("EmailNotificationHandler");
    }
}

[Trait("Provider", "sqlite")]
public sealed class EmailTestsOnSqlite(MailFixture<SqliteDb> f) : EmailTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class EmailTestsOnPostgres(MailFixture<PostgresDb> f) : EmailTests<PostgresDb>(f);
