using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Onboarding;
using FairHall.Tests.Search;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Discovery;

/// <summary>
/// The public pages' world: a zone with choice parameter tags (家用电器: 电压, 认证) holding tagged products of the demo
/// exhibitor (whose showcase is displayable), a second zone with another exhibitor's products, products nobody may
/// see, all indexed through the outbox.
/// </summary>
public class FrontFixture<TDb> : QuietAppFixture<TDb> where TDb : TestDb, new()
{
    public Zone TaggedZone { get; private set; } = default!;

    public Zone OtherZone { get; private set; } = default!;

    public long VoltageTagId { get; private set; }

    public long MeiweiId { get; private set; }

    public long OtherEnterpriseId { get; private set; }

    public Dictionary<string, long> Ids { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.WithDbAsync(async db =>
        {
            var now = App.Clock.GetUtcNow();
            var session = (await Sessions.CurrentAsync(db, App.Clock, CancellationToken.None))!.Id;
            var zones = await db.Set<Zone>().Include(z => z.Tags).Where(z => z.SessionId == session && z.IsActive).OrderBy(z => z.SortOrder).ThenBy(z => z.Id).ToListAsync();
            TaggedZone = zones.First(z => z.Tags.Any(t => t.NameZh == "电压"));
            OtherZone = zones.First(z => z.Tags.Count == 0);
            VoltageTagId = TaggedZone.Tags.First(t => t.NameZh == "电压").Id;
            MeiweiId = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync();
            var other = new Enterprise { NameZh = "宁波明亮照明有限公司", NameEn = "Ningbo Bright Lighting Co., Ltd.", CreatedAt = now };
            db.Add(other);
            await db.SaveChangesAsync();
            OtherEnterpriseId = other.Id;

            var i = 0;
            Product Make(string key, long enterprise, Zone zone, string zh, string en, string? voltage, Func<Product, DateTimeOffset, global::FairHall.Platform.Outcomes.Error?>? last = null, bool list = true)
            {
                var at = now.AddMinutes(++i);
                var tags = voltage is null ? null : new List<ProductTagInput> { new(VoltageTagId, voltage) };
                var p = new Product(enterprise, session, new ProductDetails(zone.Id, zh, en, "", "", zone == TaggedZone ? "电水壶" : "灯具", null, "浙江", null, 9900, null, null, false, Tags: tags), at);
                p.Submit(at).ShouldBeNull();
                p.Approve(at).ShouldBeNull();
                if (list)
                {
                    p.List(at).ShouldBeNull();
                }

                last?.Invoke(p, at).ShouldBeNull();
                db.Add(p);
                return p;
            }

            var products = new Dictionary<string, Product>
            {
                ["kettle220"] = Make("kettle220", MeiweiId, TaggedZone, "电热水壶 220V", "Electric kettle 220V", "220V"),
                ["kettle110"] = Make("kettle110", MeiweiId, TaggedZone, "旅行电热水壶 110V", "Travel kettle 110V", "110V"),
                ["cup220"] = Make("cup220", MeiweiId, TaggedZone, "加热水杯", "Heated water cup", "220V"),
                ["hidden"] = Make("hidden", MeiweiId, TaggedZone, "隐藏的水杯", "Hidden water cup", "220V", (p, t) => p.Show(true, t)),
                ["unlisted"] = Make("unlisted", MeiweiId, TaggedZone, "未上架的水杯", "Unlisted water cup", "220V", list: false),
                ["lamp"] = Make("lamp", other.Id, OtherZone, "LED台灯", "LED desk lamp", null),
            };
            await db.SaveChangesAsync();
            foreach (var (key, p) in products)
            {
                Ids[key] = p.Id;
            }
        });
        await OnboardingApi.DispatchOutboxAsync(App);
    }
}
