using FairHall.Modules.Accounts;
using FairHall.Modules.Catalog;
using FairHall.Modules.Catalog.Booths;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Exhibitors.Onboarding;
using FairHall.Modules.Fairs;
using FairHall.Modules.Matching;
using FairHall.Modules.Packages;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using FairHall.Tests.Showcase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Tests.Matching;

/// <summary>
/// The labelled set of BUY-3: a small bilingual catalog in three zones of the current session, made for this test
/// (so that the demo data cannot match), by five exhibitors with displayable showcases, four of them with approved
/// booths, plus products nobody may be recommended (approved but unlisted, hidden). Products are created in the
/// order of <see cref="Catalog"/>, so a later row has the larger id (the tie-break: newer first).
/// </summary>
public class MatchingFixture<TDb> : AppFixture<TDb> where TDb : TestDb, new()
{
    /// <summary>One product: key, names, exhibitor key, zone key, category, option of the zone's one choice tag.</summary>
    public sealed record Item(string Key, string Zh, string En, string Exhibitor, string Zone, string Category, string Option, bool Listed = true, bool Hidden = false);

    public static readonly (string Key, string Zh, string En, string TagZh, string TagEn, string[] OptionsZh, string[] OptionsEn)[] Zones =
    [
        ("light", "匹配测试照明", "Matching Test Lighting", "光源", "Light source", ["LED", "卤素", "荧光"], ["LED", "Halogen", "Fluorescent"]),
        ("kitchen", "匹配测试厨具", "Matching Test Kitchenware", "材质", "Material", ["不锈钢", "陶瓷", "玻璃"], ["Stainless steel", "Ceramic", "Glass"]),
        ("toys", "匹配测试玩具", "Matching Test Toys", "适用年龄", "Age", ["0-3岁", "3-6岁", "6岁以上"], ["0-3 years", "3-6 years", "6+ years"]),
    ];

    public static readonly (string Key, string Zh, string En, string[]? BoothTags, string? Industry)[] Exhibitors =
    [
        ("bright", "光明灯饰有限公司", "Bright Lamps Co., Ltd.", ["LED", "照明"], null),
        ("kitchenpal", "厨友用品有限公司", "Kitchen Pal Co., Ltd.", ["厨房"], null),
        ("happykid", "乐童玩具有限公司", "Happy Kid Toys Co., Ltd.", null, null),
        ("allround", "全能贸易有限公司", "All-round Trading Co., Ltd.", ["贸易"], null),
        ("fintech", "金桥金融科技有限公司", "Golden Bridge Fintech Co., Ltd.", ["支付"], "金融服务"),
    ];

    public static readonly Item[] Catalog =
    [
        new("ceiling", "LED吸顶灯", "LED ceiling light", "bright", "light", "匹配灯具", "LED"),
        new("desk", "LED台灯", "LED desk lamp", "bright", "light", "匹配灯具", "LED"),
        new("spot", "卤素射灯", "Halogen spotlight", "bright", "light", "匹配灯具", "卤素"),
        new("downlight", "LED筒灯", "LED downlight", "allround", "light", "匹配灯具", "LED"),
        new("mug", "陶瓷马克杯", "Ceramic mug", "allround", "kitchen", "匹配水杯", "陶瓷"),
        new("flask", "不锈钢保温杯", "Stainless steel vacuum flask", "kitchenpal", "kitchen", "匹配水杯", "不锈钢"),
        new("pot", "陶瓷炖锅", "Ceramic stew pot", "kitchenpal", "kitchen", "匹配锅具", "陶瓷"),
        new("glass", "玻璃水杯", "Glass cup", "kitchenpal", "kitchen", "匹配水杯", "玻璃"),
        new("blocks", "积木套装", "Building blocks set", "happykid", "toys", "匹配积木", "3-6岁"),
        new("rattle", "婴儿摇铃", "Baby rattle", "happykid", "toys", "匹配婴儿玩具", "0-3岁"),
        new("strip", "LED灯带（未上架）", "LED strip (not listed)", "bright", "light", "匹配灯具", "LED", Listed: false),
        new("bulb", "LED灯泡（已隐藏）", "LED bulb (hidden)", "allround", "light", "匹配灯具", "LED", Hidden: true),
    ];

    public Dictionary<string, long> ZoneIds { get; } = [];
    public Dictionary<string, long> TagIds { get; } = [];
    public Dictionary<string, long> EnterpriseIds { get; } = [];
    public Dictionary<string, long> ProductIds { get; } = [];
    public Dictionary<string, long> BoothIds { get; } = [];

    public string Option(string zone, string optionZh) => InterestVocabulary.OptionKey(TagIds[zone], optionZh);

    public string Zone(string zone) => InterestVocabulary.ZoneKey(ZoneIds[zone]);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var start = App.Clock.GetUtcNow();
        await App.WithDbAsync(async db =>
        {
            var session = (await Sessions.CurrentAsync(db, App.Clock, CancellationToken.None))!.Id;
            var n = 900;
            foreach (var z in Zones)
            {
                var zone = new Zone(session, $"MT{n}", z.Zh, z.En, 1, n++, []);
                zone.DefineTags([new ZoneTagDefinition(z.TagZh, z.TagEn, ZoneTagKind.Choice, z.OptionsZh, z.OptionsEn, false)]);
                db.Add(zone);
                await db.SaveChangesAsync();
                ZoneIds[z.Key] = zone.Id;
                TagIds[z.Key] = zone.Tags[0].Id;
            }

            foreach (var e in Exhibitors)
            {
                var enterprise = new Enterprise { NameZh = e.Zh, NameEn = e.En, CreatedAt = start };
                db.Add(enterprise);
                await db.SaveChangesAsync();
                EnterpriseIds[e.Key] = enterprise.Id;
            }

            var at = start;
            foreach (var c in Catalog)
            {
                at = at.AddMinutes(1);
                var p = new Product(EnterpriseIds[c.Exhibitor], session, new ProductDetails(
                    ZoneIds[c.Zone], c.Zh, c.En, c.Zh, c.En, c.Category, null, null, null, 1000, null, null, false,
                    Tags: [new ProductTagInput(TagIds[c.Zone], c.Option)]), at);
                p.Submit(at).ShouldBeNull();
                p.Approve(at).ShouldBeNull();
                if (c.Listed)
                {
                    p.List(at).ShouldBeNull();
                }

                if (c.Hidden)
                {
                    p.Show(true, at).ShouldBeNull();
                }

                db.Add(p);
                await db.SaveChangesAsync();
                ProductIds[c.Key] = p.Id;
            }
        });

        var institution = await App.WithDbAsync(db => db.Set<Institution>().Where(i => i.Code == "CCPIT").Select(i => i.Id).FirstAsync());
        foreach (var e in Exhibitors)
        {
            await ShowcaseKit.DisplayableAsync(App, EnterpriseIds[e.Key]);
            await App.WithDbAsync(async db =>
            {
                if (e.BoothTags is { } tags)
                {
                    var booth = new Booth(EnterpriseIds[e.Key], institution, new BoothDetails(
                        e.Zh + "展台", -EnterpriseIds[e.Key], null, "简介", "主营", [], [], tags, BoothArea.TwelveFields, null, null, [],
                        "联系人", "13800138000", "a@example.com", null, "中国", null, null, null, "地址", null, true, false, null), start);
                    booth.Submit(start).ShouldBeNull();
                    booth.Approve(start).ShouldBeNull();
                    db.Add(booth);
                    await db.SaveChangesAsync();
                    BoothIds[e.Key] = booth.Id;
                }

                if (e.Industry is { } industry)
                {
                    var code = new InvitationCode { InstitutionId = institution, Code = InvitationCode.NewCode(), BatchLabel = "t", CreatedAt = start, CreatedByName = "t" };
                    db.Add(code);
                    await db.SaveChangesAsync();
                    var enterprise = await db.Set<Enterprise>().FirstAsync(x => x.Id == EnterpriseIds[e.Key]);
                    var registration = new CiftisRegistration(code.Id, institution, "hash", new CiftisDetails(
                        ParticipationType.OnlineOnly, "张三", "经理", "13800138000", "a@b.cn", ["展示"], "内容", "需求", e.Zh, UnitNature.Enterprise, true,
                        null, industry, CompanyType.Domestic, false, null, null, "简介简介简介简介简介"), start);
                    registration.Approve(enterprise).ShouldBeNull();
                    db.Add(registration);
                    await db.SaveChangesAsync();
                }
            });
        }
    }

    /// <summary>A buyer account of its own (role buyer), so that tests do not share interests.</summary>
    public async Task<HttpClient> NewBuyerAsync() => await ClientAsAsync(await NewBuyerNameAsync());

    /// <summary>The account name of a new buyer account.</summary>
    public async Task<string> NewBuyerNameAsync()
    {
        var userName = $"mb{Guid.NewGuid():N}"[..14];
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = userName, DisplayName = "匹配测试采购商", CreatedAt = App.Clock.GetUtcNow() };
            (await users.CreateAsync(user, DemoUsers.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(user, Roles.Buyer)).Succeeded.ShouldBeTrue();
        }

        return userName;
    }
}
