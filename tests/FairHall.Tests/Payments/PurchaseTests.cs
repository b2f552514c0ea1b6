using System.Net;
using FairHall.Modules.Accounts;
using FairHall.Modules.Packages;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static FairHall.Tests.Fairs.FairsApi;
using static FairHall.Tests.Payments.PaymentsKit;

namespace FairHall.Tests.Payments;

/// <summary>Purchase rules through the API (PKG-3/4/6/7): who buys, upgrades only, add-ons, live pack, excess, pro-rata.</summary>
[Trait("Req", "PKG-6")]
public abstract class PurchaseTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    [Fact]
    [Trait("Req", "ROLE-5")]
    public async Task A_sub_account_cannot_buy_and_the_agreement_must_be_accepted()
    {
        var staff = await fixture.ClientAsAsync(DemoUsers.ExhibitorStaff);
        (await Problem.ReadAsync(await staff.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B")), HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");

        var (client, _) = await GiftedExhibitorAsync(fixture);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", agree: false)), HttpStatusCode.BadRequest);
        problem.Errors!["AgreementAccepted"].ShouldBe(["Please accept the service agreement first."]);
    }

    [Fact]
    [Trait("Req", "PKG-4")]
    public async Task This_and_the_next_session_in_one_payment_with_this_sessions_tier_pro_rated()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var order = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", next: true))).ReadAsync<PurchaseDto>();
        // 2026-11-21 is after the offline exhibition: 115 of 181 service days are left of session 140.
        order.Lines.ShouldBe([new LineDto(140, "B", null, 1, 600_000, 381_215, true), new LineDto(141, "B", null, 1, 600_000, 600_000, false)]);
        order.AmountFen.ShouldBe(981_215);
        order.Status.ShouldBe("Paying");
        order.CashierUrl.ShouldBe($"/pay/{order.OrderNo}");
    }

    [Fact]
    public async Task Downgrades_and_same_tier_purchases_are_refused_and_upgrades_pay_the_difference()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        var b = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", current: false, next: true))).ReadAsync<PurchaseDto>();
        (await PostNoticeAsync(fixture.Anonymous(), SandboxNotice(fixture.App, b.OrderNo, b.AmountFen))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", current: false, next: true)), (HttpStatusCode)422)).Code.ShouldBe("package_not_upgrade");
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B", current: false, next: true)), (HttpStatusCode)422)).Code.ShouldBe("package_not_upgrade");
        var c = await (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("C", current: false, next: true))).ReadAsync<PurchaseDto>();
        c.Lines.Single().AmountFen.ShouldBe(900_000);
    }

    [Fact]
    [Trait("Req", "PKG-3")]
    public async Task Add_ons_need_a_b_or_c_and_the_live_pack_is_not_sold_after_the_live_service()
    {
        var (client, _) = await GiftedExhibitorAsync(fixture);
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy(addOns: new() { ["Products"] = 1 })), (HttpStatusCode)422)).Code.ShouldBe("addon_requires_package");

        var withTier = await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", addOns: new() { ["Products"] = 2 }));
        (await withTier.ReadAsync<PurchaseDto>()).Lines.Last().ShouldBe(new LineDto(140, null, "Products", 2, 100_000, 100_000, false));

        // Today (2026-11-21) the offline exhibition of 140 is over; for the next session the pack is still sold.
        (await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", addOns: new() { ["LiveRooms"] = 1 })), (HttpStatusCode)422)).Code.ShouldBe("live_pack_closed");
        (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A", current: false, next: true, addOns: new() { ["LiveRooms"] = 1 }))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "PKG-7")]
    public async Task A_tier_below_current_usage_is_refused_naming_each_excess()
    {
        var (client, enterpriseId) = await GiftedExhibitorAsync(fixture);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            for (var i = 0; i < 6; i++)
            {
                var u = new User { UserName = $"extra-{enterpriseId}-{i}", DisplayName = "extra", EnterpriseId = enterpriseId, CreatedAt = fixture.App.Clock.GetUtcNow() };
                (await users.CreateAsync(u)).Succeeded.ShouldBeTrue();
            }
        }

        var problem = await Problem.ReadAsync(await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("A")), (HttpStatusCode)422);
        problem.Code.ShouldBe("usage_exceeds_quota");
        problem.Errors![QuotaKeys.Accounts].ShouldBe(["可启用账号总数：当前已使用 7，超过A套餐额度 6，请先减少后再选购。"]);
        (await client.PostJsonAsync("/api/v1/enterprise/purchases", Buy("B"))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    [Trait("Req", "PKG-1")]
    public async Task The_catalogue_is_data_the_organizer_edits()
    {
        var organizer = await fixture.ClientAsAsync(DemoUsers.Organizer);
        var catalogue = await (await organizer.GetAsync("/api/v1/packages/catalogue")).ReadAsync<CatalogueDto>();
        catalogue.SessionNumber.ShouldBe(140);
        catalogue.Tiers.Select(t => (t.Tier, t.PriceFen)).ShouldBe([("Basic", 0L), ("A", 200_000L), ("B", 600_000L), ("C", 1_500_000L)]);
        catalogue.AddOns.Select(a => (a.Kind, a.PriceFen, a.Amount)).ShouldBe([("Products", 50_000L, 100), ("Accounts", 99_900L, 5), ("LiveRooms", 50_000L, 1)]);

        var c = catalogue.Tiers[3];
        var exhibitor = await fixture.ClientAsAsync(DemoUsers.ExhibitorAdmin);
        (await exhibitor.PutJsonAsync($"/api/v1/packages/tiers/{c.Id}", new { priceFen = 1, c.Quotas, c.Flags, c.Version })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await organizer.PutJsonAsync($"/api/v1/packages/tiers/{c.Id}", new { priceFen = 1_600_000, quotas = c.Quotas with { Products = 3500 }, c.Flags, c.Version })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Problem.ReadAsync(await organizer.PutJsonAsync($"/api/v1/packages/tiers/{c.Id}", new { priceFen = 1, c.Quotas, c.Flags, c.Version }), HttpStatusCode.Conflict)).Code.ShouldBe("conflict");
        var stored = await fixture.App.WithDbAsync(db => db.Set<TierOffer>().AsNoTracking().FirstAsync(t => t.Id == c.Id));
        (stored.PriceFen, stored.Products).ShouldBe((1_600_000L, 3500));
        await organizer.PutJsonAsync($"/api/v1/packages/tiers/{c.Id}", new { priceFen = 1_500_000, c.Quotas, c.Flags, Version = stored.Version });
    }

    public sealed record QuotasDto(int Products, bool ProductsPerZone, int Templates, int Videos, int LiveRooms, int Accounts, int? TargetedResponses, int PublicResponses);

    public sealed record TierDto(long Id, string Tier, long PriceFen, QuotasDto Quotas, Dictionary<string, object> Flags, long Version);

    public sealed record AddOnDto(long Id, string Kind, long PriceFen, int Amount, long Version);

    public sealed record CatalogueDto(long SessionId, int SessionNumber, List<TierDto> Tiers, List<AddOnDto> AddOns);
}

[Trait("Provider", "sqlite")]
public sealed class PurchaseTestsOnSqlite(AppFixture<SqliteDb> f) : PurchaseTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class PurchaseTestsOnPostgres(AppFixture<PostgresDb> f) : PurchaseTests<PostgresDb>(f);
