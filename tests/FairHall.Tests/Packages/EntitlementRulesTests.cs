using FairHall.Modules.Packages;

namespace FairHall.Tests.Packages;

/// <summary>How the sources of an entitlement combine (PKG-2/3/5, FAIR-5), and the pro-rata price (PKG-4).</summary>
[Trait("Req", "PKG-2")]
public sealed class EntitlementRulesTests
{
    private static readonly SessionCalendar C140 = new("Asia/Shanghai", new(2026, 8, 15), new(2026, 10, 15), new(2026, 11, 4), new(2027, 3, 15), new(2026, 9, 16));
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly Dictionary<PackageTier, (TierQuotas, TierFlags)> Tiers =
        CatalogueDefaults.Tiers(1).ToDictionary(t => t.Tier, t => (t.Quotas, t.Flags));

    private static readonly Dictionary<AddOnKind, int> Packs = CatalogueDefaults.AddOns(1).ToDictionary(a => a.Kind, a => a.Amount);

    private static Entitlement Compute(bool gifted = false, bool enabled = false, DateTimeOffset? approved = null, bool poverty = false, BoughtService[]? bought = null, int zones = 3) =>
        EntitlementRules.Compute(new(C140, Tiers, Packs, gifted, enabled, approved, poverty, bought ?? [], zones,
            new Dictionary<string, int> { [QuotaKeys.Accounts] = 2 }, Now));

    [Fact]
    public void Gifted_basic_gives_ten_products_per_zone_and_two_accounts()
    {
        var e = Compute(gifted: true);
        e.Tier.ShouldBe(PackageTier.Basic);
        e.Quota(QuotaKeys.Products).Limit.ShouldBe(30);
        e.Quota(QuotaKeys.Accounts).ShouldBe(new QuotaLine(QuotaKeys.Accounts, 2, 2, 0));
        e.Quota(QuotaKeys.TargetedResponses).Limit.ShouldBe(3);
        e.Flags.LeadManagement.ShouldBeFalse();
    }

    [Fact]
    [Trait("Req", "FAIR-4")]
    public void A_bought_package_waits_for_the_qualification_and_starts_at_approval()
    {
        var bought = new[] { new BoughtService(new GrantItem(PackageTier.B, null, 1), Now.AddDays(-10)) };
        var waiting = Compute(bought: bought);
        waiting.Tier.ShouldBeNull();
        waiting.Services.Single().AwaitingApproval.ShouldBeTrue();

        var approvedAt = Now.AddHours(-1);
        var e = Compute(enabled: true, approved: approvedAt, bought: bought);
        e.Tier.ShouldBe(PackageTier.B);
        e.Others.From.ShouldBe(approvedAt);
        e.Quota(QuotaKeys.TargetedResponses).Limit.ShouldBeNull();
        e.Quota(QuotaKeys.Accounts).Remaining.ShouldBe(28);
        e.Flags.DataReport.ShouldBe(DataReport.Basic);
    }

    [Fact]
    [Trait("Req", "FAIR-5")]
    public void Approved_poverty_area_enterprises_hold_a_for_free_and_may_upgrade()
    {
        Compute(enabled: true, approved: Now.AddDays(-1), poverty: true).Tier.ShouldBe(PackageTier.A);
        var upgraded = Compute(enabled: true, approved: Now.AddDays(-1), poverty: true, bought: [new(new GrantItem(PackageTier.C, null, 1), Now.AddMinutes(-5))]);
        upgraded.Tier.ShouldBe(PackageTier.C);
        upgraded.Flags.PriorityDisplay.ShouldBeTrue();
    }

    [Fact]
    [Trait("Req", "PKG-3")]
    public void Add_ons_stack_only_on_a_b_or_c()
    {
        var packs = new[] { new BoughtService(new GrantItem(null, AddOnKind.Products, 2), Now.AddDays(-1)), new BoughtService(new GrantItem(null, AddOnKind.Accounts, 1), Now.AddDays(-1)) };
        Compute(gifted: true, bought: packs).Quota(QuotaKeys.Products).Limit.ShouldBe(30);
        var withA = Compute(gifted: true, bought: [.. packs, new(new GrantItem(PackageTier.A, null, 1), Now.AddDays(-2))]);
        withA.Quota(QuotaKeys.Products).Limit.ShouldBe(400);
        withA.Quota(QuotaKeys.Accounts).Limit.ShouldBe(11);
    }

    [Fact]
    [Trait("Req", "PKG-5")]
    public void After_the_exhibition_no_meetings_or_live_rooms_are_open()
    {
        var e = Compute(gifted: true, bought: [new(new GrantItem(PackageTier.B, null, 1), Now.AddMinutes(-1))]);
        e.MeetingsNow.ShouldBeFalse();
        e.LiveRoomsNow.ShouldBeFalse();
        e.Others.Until.ShouldBe(new DateTimeOffset(2027, 3, 16, 0, 0, 0, TimeSpan.FromHours(8)));
    }

    [Theory]
    [Trait("Req", "PKG-4")]
    [InlineData(600_000, 115, 181, 381_215)] // B on 2026-11-21: 115 of 181 service days left
    [InlineData(200_000, 181, 181, 200_000)]
    [InlineData(400_000, 1, 181, 2_210)] // 2209.94 rounds up
    [InlineData(1_500_000, 0, 181, 0)]
    public void Pro_rata_is_remaining_days_over_service_days_rounded_to_the_fen(long price, int remaining, int days, long expected) =>
        Pricing.ProRate(price, remaining, days).ShouldBe(expected);

    [Fact]
    [Trait("Req", "PKG-4")]
    public void Remaining_days_count_today_in_the_fairs_zone()
    {
        Pricing.ServiceDays(C140).ShouldBe(181);
        Pricing.RemainingDays(C140, Now).ShouldBe(115);
        Pricing.RemainingDays(C140, new DateTimeOffset(2027, 3, 15, 23, 59, 0, TimeSpan.FromHours(8))).ShouldBe(1);
        Pricing.IsProRated(C140, new DateTimeOffset(2026, 11, 4, 23, 59, 59, TimeSpan.FromHours(8))).ShouldBeFalse();
        Pricing.IsProRated(C140, new DateTimeOffset(2026, 11, 5, 0, 0, 0, TimeSpan.FromHours(8))).ShouldBeTrue();
    }
}
