using FairHall.Modules.Accounts;
using FairHall.Platform.Notifications;
using FairHall.Platform.Outbox;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FairHall.Tests.Platform.Messaging;

/// <summary>An application whose outbox worker is off: tests dispatch by hand, at a time they choose.</summary>
public class QuietOutboxFixture<TDb> : AppFixture<TDb> where TDb : TestDb, new()
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Outbox:Enabled"] = "false",
        // Nothing listens here: a test that expects mail uses MailFixture.
        ["Smtp:Port"] = "1",
    };

    internal OutboxDispatcher Dispatcher => App.Services.GetRequiredService<OutboxDispatcher>();

    /// <summary>Queues a notification the way a use case does: in a unit of work, saved by its SaveChanges.</summary>
    public async Task QueueAsync(NotificationContent content, NotificationRecipient to, string purpose = "notice")
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Notifier>().Queue(content, to, purpose);
        await scope.ServiceProvider.GetRequiredService<FairHall.Platform.Data.FairHallDbContext>().SaveChangesAsync();
    }

    /// <summary>A new account of its own for one test, so that tests do not see each other's notifications.</summary>
    public async Task<(long Id, string UserName)> NewUserAsync(string role = "buyer")
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = userName, DisplayName = $"测试用户{userName[1..5]}" };
        (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return (user.Id, userName);
    }
}

/// <summary>
/// Adds a second application node on the same database whose outbox has probe handlers: they count their
/// calls, and fail or go slow on request.
/// </summary>
public sealed class ProbeFixture<TDb> : QuietOutboxFixture<TDb> where TDb : TestDb, new()
{
    public ProbeLog Log { get; } = new();

    public WebApplicationFactory<Program> Node { get; private set; } = default!;

    internal OutboxDispatcher NodeDispatcher => Node.Services.GetRequiredService<OutboxDispatcher>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Node = App.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.AddSingleton(Log);
            s.AddOutboxHandler<ProbeHappened, FirstProbeHandler>();
            s.AddOutboxHandler<ProbeHappened, SecondProbeHandler>();
        }));
        _ = Node.Server;
    }

    public override async Task DisposeAsync()
    {
        await Node.DisposeAsync();
        await base.DisposeAsync();
    }
}

/// <summary>An application that sends e-mail to a real local SMTP server (aiosmtpd).</summary>
public sealed class MailFixture<TDb> : QuietOutboxFixture<TDb> where TDb : TestDb, new()
{
    public SmtpSink Sink { get; private set; } = default!;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "noreply@fairhall.local",
    };

    public override async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
