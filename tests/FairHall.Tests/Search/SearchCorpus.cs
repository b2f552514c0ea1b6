using FairHall.Modules.Catalog;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Modules.Packages;
using FairHall.Platform.Outcomes;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Search;

/// <summary>The application without the outbox's polling worker: tests dispatch the outbox themselves, when they mean to.</summary>
public class QuietAppFixture<TDb> : AppFixture<TDb> where TDb : TestDb, new()
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" };
}

/// <summary>
/// A fixed bilingual corpus of 40 listed products in three zones of the current session, by two exhibitors
/// (next to the two listed products of the demo data), plus products nobody may find: approved but unlisted, delisted, banned, hidden, a draft, and one of another session.
/// It is arranged directly as rows (listed on creation), so the index is built by the outbox's added-product path.
/// </summary>
public class SearchFixture<TDb> : QuietAppFixture<TDb> where TDb : TestDb, new()
{
    public sealed record Item(string Zh, string En, string Category, string? Brand, string? Origin, long? Price, bool IsNew, int Zone, string DescZh = "", string DescEn = "");

    public static readonly Item[] Corpus =
    [
        new("不锈钢保温杯", "Stainless steel vacuum cup", "杯壶", "美味", "浙江", 5900, true, 0, "双层真空，保温12小时", "Double wall, keeps hot 12 hours"),
        new("玻璃水杯", "Glass water cup", "杯壶", null, "广东", 1500, false, 0),
        new("儿童吸管水杯", "Kids straw cup", "杯壶", "小熊", "浙江", 2900, true, 0),
        new("陶瓷马克杯", "Ceramic mug", "杯壶", null, "江西", 1800, false, 0, "可作咖啡杯", "Good as a coffee mug"),
        new("保温壶", "Thermos flask", "杯壶", "美味", "浙江", 8800, false, 0, "保温24小时", "Keeps warm 24 hours"),
        new("一次性纸杯", "Disposable paper cups", "杯壶", null, "福建", null, false, 0),
        new("运动水壶", "Sports water bottle", "杯壶", null, "广东", 3500, false, 0),
        new("实木橱柜", "Kitchen cupboard", "家具", null, "广东", 250000, false, 2),
        new("双层玻璃杯", "Double wall glass", "杯壶", null, "河北", null, true, 0),
        new("硅胶杯垫", "Silicone cup coaster", "家纺", null, "广东", 300, false, 2),
        new("LED台灯", "LED desk lamp", "灯具", "明亮", "广东", 9900, true, 1, "三档调光", "Three-step dimming"),
        new("LED吸顶灯", "LED ceiling light", "灯具", "明亮", "广东", 15900, false, 1),
        new("水晶吊灯", "Crystal chandelier", "灯具", null, "广东", 99900, false, 1),
        new("太阳能庭院灯", "Solar garden light", "灯具", null, "江苏", 4500, true, 1),
        new("护眼台灯", "Eye-care table lamp", "灯具", null, "浙江", null, false, 1),
        new("ＬＥＤ强光手电筒", "LED flashlight", "灯具", null, "浙江", 2500, false, 1),
        new("LED灯泡 E27 9W", "LED bulb E27 9W", "灯具", "明亮", "广东", 900, false, 1),
        new("布艺灯罩", "Fabric lamp shade", "灯具", null, "江苏", 1200, false, 1),
        new("实木餐桌", "Solid wood dining table", "家具", null, "福建", 320000, false, 2),
        new("人体工学办公椅", "Ergonomic office chair", "家具", "舒坐", "浙江", 69900, true, 2),
        new("布艺沙发", "Fabric sofa", "家具", null, "广东", 259900, false, 2),
        new("折叠桌", "Folding table", "家具", null, "福建", 12900, false, 2),
        new("儿童书桌", "Kids study desk", "家具", null, "浙江", null, false, 2),
        new("实木书架", "Solid wood bookshelf", "家具", null, "福建", 45900, false, 2),
        new("纯棉毛巾", "Cotton towel", "家纺", "洁丽", "河北", 1200, false, 2),
        new("真丝围巾", "Silk scarf", "家纺", null, "浙江", 25900, true, 2),
        new("羊毛地毯", "Wool carpet", "家纺", null, "河北", null, false, 2),
        new("床上用品四件套", "Bedding set, 4 pieces", "家纺", "洁丽", "江苏", 39900, false, 2),
        new("棉麻桌布", "Linen tablecloth", "家纺", null, "浙江", 4900, false, 2),
        new("遮光窗帘", "Blackout curtain", "家纺", null, "浙江", 8900, false, 2),
        new("不锈钢炒锅", "Stainless steel wok", "厨具", "美味", "广东", 15900, false, 0),
        new("陶瓷碗套装", "Ceramic bowl set", "厨具", null, "江西", 6900, false, 0),
        new("电热水壶", "Electric kettle", "厨具", "美味", "广东", 12900, true, 0),
        new("竹制砧板", "Bamboo cutting board", "厨具", null, "福建", 3900, false, 0),
        new("保温饭盒", "Insulated lunch box", "厨具", "美味", "浙江", 4900, false, 0),
        new("茶杯套装", "Tea cup set", "杯壶", null, "福建", 9900, false, 0),
        new("电动牙刷", "Electric toothbrush", "日用", null, "广东", 19900, true, 2),
        new("蓝牙音箱", "Bluetooth speaker", "电子", null, "广东", 29900, false, 2),
        new("手机壳", "Phone case", "电子", null, "广东", 1900, false, 2),
        new("咖啡机", "Coffee machine", "厨具", null, "广东", 199900, false, 0, "意式浓缩", "Espresso"),
    ];

    /// <summary>Products that exist but must never be found (names all contain 水杯 / cup).</summary>
    public static readonly string[] Hidden = ["未上架水杯", "已下架水杯", "已封禁水杯", "草稿水杯", "往届水杯", "已隐藏水杯"];

    public Dictionary<string, long> Ids { get; } = [];

    public List<long> ZoneIds { get; } = [];

    public long SessionId { get; private set; }

    public long OtherEnterpriseId { get; private set; }

    /// <summary>The enterprise of demo.exhibitor, which owns every product but the lighting ones.</summary>
    public long MeiweiId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var start = App.Clock.GetUtcNow();
        await App.WithDbAsync(async db =>
        {
            var session = await Sessions.CurrentAsync(db, App.Clock, CancellationToken.None);
            SessionId = session!.Id;
            ZoneIds.AddRange(await db.Set<Zone>().Where(z => z.SessionId == SessionId && z.IsActive).OrderBy(z => z.Id).Select(z => z.Id).Take(3).ToListAsync());
            var past = await db.Set<Session>().Where(s => s.Id != SessionId).Select(s => s.Id).FirstAsync();
            var meiwei = await db.Users.Where(u => u.UserName == DemoUsers.ExhibitorAdmin).Select(u => u.EnterpriseId!.Value).FirstAsync();
            MeiweiId = meiwei;
            var other = new Enterprise { NameZh = "宁波明亮照明有限公司", NameEn = "Ningbo Bright Lighting Co., Ltd.", CreatedAt = start };
            db.Add(other);
            await db.SaveChangesAsync();
            OtherEnterpriseId = other.Id;

            var products = new List<(string Key, Product Product)>();
            for (var i = 0; i < Corpus.Length; i++)
            {
                var c = Corpus[i];
                var enterprise = c.Category == "灯具" ? other.Id : meiwei;
                var at = start.AddMinutes(i);
                var p = new Product(enterprise, SessionId, Details(c), at);
                p.Submit(at).ShouldBeNull();
                p.Approve(at).ShouldBeNull();
                p.List(at).ShouldBeNull();
                products.Add((c.En, p));
            }

            var cup = new Item("", "", "杯壶", null, "浙江", 1000, false, 0);
            Product Hide(string zh, long session, Func<Product, DateTimeOffset, Error?>? last)
            {
                var p = new Product(meiwei, session, Details(cup with { Zh = zh, En = zh + " cup" }), start);
                p.Submit(start).ShouldBeNull();
                if (last is not null)
                {
                    p.Approve(start).ShouldBeNull();
                    p.List(start).ShouldBeNull();
                    last(p, start).ShouldBeNull();
                }

                return p;
            }

            products.Add((Hidden[0], Hide(Hidden[0], SessionId, (p, t) => p.Delist(t) ?? p.Edit(p.Details, t) ?? p.Approve(t))));
            products.Add((Hidden[1], Hide(Hidden[1], SessionId, (p, t) => p.Delist(t))));
            products.Add((Hidden[2], Hide(Hidden[2], SessionId, (p, t) => p.Ban("违规", t))));
            products.Add((Hidden[3], Hide(Hidden[3], SessionId, null)));
            products.Add((Hidden[4], Hide(Hidden[4], past, (_, _) => null)));
            products.Add((Hidden[5], Hide(Hidden[5], SessionId, (p, t) => p.Show(true, t)))); // listed, but hidden from buyers (CAT-5)
            db.AddRange(products.Select(x => x.Product));
            await db.SaveChangesAsync();
            foreach (var (key, p) in products)
            {
                Ids[key] = p.Id;
            }
        });
        await OnboardingApi.DispatchOutboxAsync(App);
    }

    private ProductDetails Details(Item c) =>
        new(ZoneIds[c.Zone], c.Zh, c.En, c.DescZh, c.DescEn, c.Category, c.Brand, c.Origin, null, c.Price, null, null, c.IsNew);
}
