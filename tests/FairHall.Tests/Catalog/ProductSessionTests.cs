using System.Net;
using FairHall.Modules.Catalog;
using FairHall.Modules.Fairs;
using FairHall.Modules.Payments.Jobs;
using FairHall.Platform.Notifications;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Catalog.CatalogKit;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Catalog;

/// <summary>Products across sessions: earlier sessions' products come over delisted (CAT-3); the quota date delists the excess, newest first (PKG-7).</summary>
public abstract class ProductSessionTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private Task<(long Zone136, long Zone140)> SameCodeZonesAsync(string code) =>
        fixture.App.WithDbAsync(async db =>
        {
            var zones = await db.Set<Zone>().Where(z => z.Code == code && db.Set<Session>().Any(s => s.Id == z.SessionId && (s.Number == 136 || s.Number == 140)))
                .Select(z => new { z.Id, Number = db.Set<Session>().Where(s => s.Id == z.SessionId).Select(s => s.Number).First() }).ToListAsync();
            return (zones.Single(z => z.Number == 136).Id, zones.Single(z => z.Number == 140).Id);
        });

    [Fact]
    [Trait("Req", "CAT-3")]
    public async Task Approved_products_of_an_earlier_session_come_over_delisted_once_and_are_listed_by_hand()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (old, current) = await SameCodeZonesAsync("P1-17");
        var earlier = await ListedAsync(fixture.App, enterpriseId, old, 2, fixture.App.Clock.GetUtcNow().AddYears(-2), "往届展品");
        var draft = await fixture.App.WithDbAsync(async db =>
        {
            var session = await db.Set<Zone>().Where(z => z.Id == old).Select(z => z.SessionId).FirstAsync();
            var p = new Product(enterpriseId, session, new ProductDetails(old, "往届草稿", "Old draft", "", "", "家居", null, null, null, null, null, null, false), fixture.App.Clock.GetUtcNow());
            db.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

        var first = await (await client.PostJsonAsync("/api/v1/enterprise/products/carry-over")).ReadAsync<CarryDto>();
        first.CarriedOver.ShouldBe(2);
        var copies = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => first.Ids.Contains(p.Id)).ToListAsync());
        copies.ShouldAllBe(p => p.Status == ProductStatus.Delisted && p.ZoneId == current && earlier.Contains(p.CarriedFromId!.Value) && !p.IsPublic);
        copies.ShouldNotContain(p => p.CarriedFromId == draft); // only approved products come over

        var again = await (await client.PostJsonAsync("/api/v1/enterprise/products/carry-over")).ReadAsync<CarryDto>();
        again.CarriedOver.ShouldBe(0); // idempotent

        var listed = await (await client.PostJsonAsync("/api/v1/enterprise/products/batch/list", new { ids = first.Ids })).ReadAsync<BatchDto>();
        listed.Items.ShouldAllBe(i => i.Ok && i.Status == "Listed");

        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        (await Problem.ReadAsync(await staff.PostJsonAsync("/api/v1/enterprise/products/carry-over"), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
    }

    [Fact]
    [Trait("Req", "PKG-7")]
    [Trait("Req", "PKG-2")]
    public async Task Quota_sweep_delists_the_newest_listings_over_Basics_10_per_zone_and_a_second_run_changes_nothing()
    {
        var (_, enterpriseId) = await GiftedExhibitorAsync(fixture);
        var (zoneId, _) = await ZoneOfAsync(fixture.App, "CCCME");
        var start = fixture.App.Clock.GetUtcNow().AddDays(-3);
        var ids = await ListedAsync(fixture.App, enterpriseId, zoneId, 13, start);

        var swept = await SweepAsync();
        swept.ShouldContain(e => e.EnterpriseId == enterpriseId && e.Used == 13 && e.Limit == 10);
        var products = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id));
        ids.Take(10).ShouldAllBe(id => products[id].Status == ProductStatus.Listed);
        ids.Skip(10).ShouldAllBe(id => products[id].Status == ProductStatus.Delisted && products[id].StatusReason!.Length > 0);

        var versions = products.Values.ToDictionary(p => p.Id, p => p.Version);
        (await SweepAsync()).ShouldNotContain(e => e.EnterpriseId == enterpriseId);
        (await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Version))).ShouldBe(versions);

        await Onboarding.OnboardingApi.DispatchOutboxAsync(fixture.App);
        var notes = await fixture.App.WithDbAsync(db => db.Set<Notification>().Where(n => db.Users.Any(u => u.Id == n.UserId && u.EnterpriseId == enterpriseId)).ToListAsync());
        notes.Count(n => n.TitleEn == "Products over quota were delisted").ShouldBe(1);
    }

    [Fact]
    [Trait("Req", "PKG-7")]
    [Trait("Req", "PKG-2")]
    public async Task Quota_sweep_counts_A_in_total_across_zones()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        await PaidAsync(fixture, client, "A");
        var zones = await fixture.App.WithDbAsync(db => db.Set<Zone>().Where(z => z.IsActive && db.Set<Session>().Any(s => s.Id == z.SessionId && s.Number == 140))
            .OrderBy(z => z.Id).Select(z => z.Id).Take(2).ToListAsync());
        var start = fixture.App.Clock.GetUtcNow().AddDays(-3);
        var first = await ListedAsync(fixture.App, enterpriseId, zones[0], 150, start);
        var second = await ListedAsync(fixture.App, enterpriseId, zones[1], 52, start.AddDays(1)); // 202 listed, 200 allowed

        await SweepAsync();
        var delisted = await fixture.App.WithDbAsync(db => db.Set<Product>().Where(p => p.EnterpriseId == enterpriseId && p.Status == ProductStatus.Delisted).Select(p => p.Id).ToListAsync());
        delisted.ShouldBe(second.TakeLast(2), ignoreOrder: true); // the two most recently listed, whatever their zone
        (await SweepAsync()).ShouldNotContain(e => e.EnterpriseId == enterpriseId);
    }

    private async Task<IReadOnlyList<QuotaExcess>> SweepAsync()
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<IQuotaSweep>();
        sweep.GetType().Name.ShouldBe("ProductQuotaSweep");
        var db = scope.ServiceProvider.GetRequiredService<FairHall.Platform.Data.FairHallDbContext>();
        var session = await db.Set<Session>().AsNoTracking().FirstAsync(s => s.Number == 140);
        return await sweep.SweepAsync(session, [], CancellationToken.None);
    }

    public sealed record CarryDto(int CarriedOver, int Skipped, List<long> Ids);
}

[Trait("Provider", "sqlite")]
public sealed class ProductSessionTestsOnSqlite(AppFixture<SqliteDb> f) : ProductSessionTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class ProductSessionTestsOnPostgres(AppFixture<PostgresDb> f) : ProductSessionTests<PostgresDb>(f);
