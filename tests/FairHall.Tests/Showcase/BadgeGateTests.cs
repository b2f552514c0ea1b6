using System.Net;
using System.Net.Http.Json;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Fairs;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;
using static FairHall.Tests.Showcase.ShowcaseKit;

namespace FairHall.Tests.Showcase;

/// <summary>
/// FAIR-7: after the session's offline deadline, an offline exhibitor with required enterprise info missing or fewer
/// than the required listed products in any offline zone is blocked for badges; the block lifts as soon as the rule is met.
/// </summary>
[Trait("Req", "FAIR-7")]
public abstract class BadgeGateTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    /// <summary>An offline exhibitor of session 140 in the zones P1-01 and P1-02 (the offline list's 展区 column).</summary>
    private async Task<(HttpClient Client, long EnterpriseId, long Zone1, long Zone2, DateTimeOffset BlockedFrom)> OfflineExhibitorAsync()
    {
        var (enterpriseId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await GiftBasicAsync(fixture.App, enterpriseId); // eligibility kind 一: offline exhibitor
        var (zone1, zone2, blockedFrom) = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().FirstAsync(s => s.Number == 140);
            var name = await db.Set<Enterprise>().Where(e => e.Id == enterpriseId).Select(e => e.NameZh).FirstAsync();
            db.Add(new OfflineExhibitor { SessionId = session.Id, EnterpriseName = name, Zones = "P1-01|P1-02", BoothNumbers = "1.1A01" });
            await db.SaveChangesAsync();
            var zones = await db.Set<Zone>().Where(z => z.SessionId == session.Id && (z.Code == "P1-01" || z.Code == "P1-02")).OrderBy(z => z.Code).Select(z => z.Id).ToListAsync();
            return (zones[0], zones[1], session.EndOf(session.OfflineDeadlineOn));
        });
        return (await fixture.ClientAsAsync(userName), enterpriseId, zone1, zone2, blockedFrom);
    }

    private async Task<BadgeDto> GateAsync(HttpClient client) => await (await client.GetAsync("/api/v1/enterprise/badge-gate")).ReadAsync<BadgeDto>();

    private async Task<Modules.Exhibitors.Showcase.BadgeGateView?> CheckAsync(long enterpriseId)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBadgeGate>().CheckAsync(enterpriseId, CancellationToken.None);
    }

    [Fact]
    public async Task Deadline_boundary_blocks_at_the_first_tick_after_the_deadline_day_and_lifts_when_every_zone_has_enough()
    {
        var (client, enterpriseId, zone1, zone2, blockedFrom) = await OfflineExhibitorAsync();
        try
        {
            fixture.App.Clock.Set(blockedFrom - TimeSpan.FromTicks(1));
            var before = await GateAsync(client);
            before.Offline.ShouldBeTrue();
            before.DeadlineOn.ShouldBe(new DateOnly(2026, 10, 12));
            before.DeadlinePassed.ShouldBeFalse();
            before.Blocked.ShouldBeFalse(); // the 10-12 deadline day itself is still allowed
            before.RequiredPerZone.ShouldBe(3);
            before.MissingFields.ShouldBe(EnterpriseShowcase.RequiredFields);
            before.Zones.Select(z => (z.ZoneId, z.Listed, z.Required, z.Met)).ShouldBe([(zone1, 0, 3, false), (zone2, 0, 3, false)]);

            fixture.App.Clock.Set(blockedFrom);
            var at = await GateAsync(client);
            at.DeadlinePassed.ShouldBeTrue();
            at.Blocked.ShouldBeTrue();
            await using (var scope = fixture.App.Services.CreateAsyncScope())
            {
                (await scope.ServiceProvider.GetRequiredService<IBadgeGate>().CanApplyAsync(enterpriseId, CancellationToken.None))!.Code.ShouldBe("badges_blocked");
            }

            fixture.App.Clock.Set(blockedFrom + TimeSpan.FromTicks(1));
            await DisplayableAsync(fixture.App, enterpriseId);
            await ArrangeAsync(fixture.App, enterpriseId, zone1, listed: 3, approved: 0);
            await ArrangeAsync(fixture.App, enterpriseId, zone2, listed: 2, approved: 1);
            var oneShort = await GateAsync(client);
            oneShort.MissingFields.ShouldBeEmpty();
            oneShort.Zones.Select(z => (z.Listed, z.Met)).ShouldBe([(3, true), (2, false)]);
            oneShort.Blocked.ShouldBeTrue(); // fewer than 3 in ANY offline zone blocks

            await ArrangeAsync(fixture.App, enterpriseId, zone2, listed: 1, approved: 0);
            var met = await GateAsync(client);
            met.Blocked.ShouldBeFalse(); // lifts at once, no nightly job
            (await CheckAsync(enterpriseId))!.Blocked.ShouldBeFalse();

            // Missing required info blocks again even with enough products.
            (await client.PutAsJsonAsync("/api/v1/enterprise/showcase", Complete((await AssetsAsync(fixture.App, enterpriseId, Modules.Catalog.Media.MediaKind.Image))[0]).With("addressEn", null))).EnsureSuccessStatusCode();
            var fields = await GateAsync(client);
            fields.MissingFields.ShouldBe(["AddressEn"]);
            fields.Blocked.ShouldBeTrue();
        }
        finally
        {
            fixture.App.Clock.Set(FakeClock.DefaultStart);
        }
    }

    [Fact]
    public async Task A_session_that_requires_one_product_per_zone_132nd_style_and_online_exhibitors_are_never_blocked()
    {
        var (client, enterpriseId, zone1, zone2, _) = await OfflineExhibitorAsync();
        await DisplayableAsync(fixture.App, enterpriseId);
        await ArrangeAsync(fixture.App, enterpriseId, zone1, listed: 1, approved: 0);
        await ArrangeAsync(fixture.App, enterpriseId, zone2, listed: 1, approved: 0);
        (await GateAsync(client)).Blocked.ShouldBeTrue();
        await SetMinimumAsync(1);
        try
        {
            var gate = await GateAsync(client);
            gate.RequiredPerZone.ShouldBe(1);
            gate.Blocked.ShouldBeFalse();
        }
        finally
        {
            await SetMinimumAsync(3);
        }

        // Not an offline exhibitor (kind 二): nothing is required for badges.
        var (onlineId, userName, _) = await Onboarding.OnboardingApi.NewExhibitorAsync(fixture.App, "GZ");
        await EligibleAsync(fixture.App, onlineId, EligibilityKind.OnlineHistory);
        var online = await GateAsync(await fixture.ClientAsAsync(userName));
        online.Offline.ShouldBeFalse();
        online.Blocked.ShouldBeFalse();
        online.Zones.ShouldBeEmpty();
        var buyer = await fixture.ClientAsAsync(DemoUsers.Buyer);
        (await buyer.GetAsync("/api/v1/enterprise/badge-gate")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public void A_new_132nd_session_requires_one_listed_product_per_zone_others_three()
    {
        var fair = new Fair("CF", "广交会", "Canton Fair", Fair.DefaultTimeZone);
        var dates = new SessionDates(new(2022, 8, 15), new(2022, 9, 15), new(2022, 9, 30), new(2022, 10, 9), new(2022, 10, 10), new(2023, 3, 15));
        new Session(fair, 132, "第132届", "132nd", dates, []).OfflineMinimumListed.ShouldBe(1);
        new Session(fair, 136, "第136届", "136th", dates, []).OfflineMinimumListed.ShouldBe(3);
    }

    private Task SetMinimumAsync(int perZone) =>
        fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Session>().FirstAsync(s => s.Number == 140);
            session.RequireOfflineListed(perZone);
            await db.SaveChangesAsync();
        });
}

[Trait("Provider", "sqlite")]
public sealed class BadgeGateTestsOnSqlite(AppFixture<SqliteDb> f) : BadgeGateTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class BadgeGateTestsOnPostgres(AppFixture<PostgresDb> f) : BadgeGateTests<PostgresDb>(f);
