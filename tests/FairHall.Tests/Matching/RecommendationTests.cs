using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FairHall.Tests.Accounts;
using FairHall.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FairHall.Tests.Matching;

/// <summary>
/// BUY-3 through the front door: interests are declared and checked, and the labelled set's buyer profiles get the
/// expected exhibitors, booths and products in the expected order, each with the interest it matched. The test prints a
/// table (profile → expected → got, precision@k) to the test output.
/// </summary>
[Trait("Req", "BUY-3")]
public abstract class RecommendationTests<TDb>(MatchingFixture<TDb> fixture, ITestOutputHelper output) : IClassFixture<MatchingFixture<TDb>> where TDb : TestDb, new()
{
    public sealed record TagDto(string Key, string Kind, string LabelZh, string LabelEn);

    public sealed record InterestsDto(string? Industry, List<TagDto> Tags, DateTimeOffset? UpdatedAt, List<IndustryDto> Industries);

    public sealed record IndustryDto(string Code, string Zh, string En);

    public sealed record ItemDto(string Kind, long Id, long EnterpriseId, string NameZh, string NameEn, string Link, int Score, string ReasonZh, string ReasonEn);

    public sealed record ResultDto(bool NeedsInterests, List<ItemDto> Exhibitors, List<ItemDto> Booths, List<ItemDto> Products);

    public sealed record VocabularyTagDto(string Key, string LabelZh, string LabelEn);

    public sealed record VocabularyZoneDto(VocabularyTagDto Zone, List<VocabularyTagDto> Options);

    public sealed record VocabularyDto(List<VocabularyZoneDto> Zones, List<VocabularyTagDto> Categories);

    /// <summary>One labelled profile: interests and the expected keys, best first.</summary>
    private sealed record Profile(string Name, string? Industry, string[] Tags, string[] Products, string[] Exhibitors, string[] Booths, string Reason);

    private Profile[] Profiles() =>
    [
        // LED: option (3) + category (2) = 5 for three lamps; the exhibitor cap (2) keeps Bright's halogen spot out.
        new("LED lighting", null, [fixture.Option("light", "LED"), "cat:匹配灯具"], ["downlight", "desk", "ceiling"], ["bright", "allround"], ["bright", "allround"], "匹配您的兴趣：LED（匹配测试照明 · 光源）"),
        new("Ceramic kitchenware", null, [fixture.Option("kitchen", "陶瓷"), fixture.Zone("kitchen")], ["pot", "mug", "glass"], ["kitchenpal", "allround"], ["kitchenpal", "allround"], "匹配您的兴趣：陶瓷（匹配测试厨具 · 材质）"),
        new("Baby toys", null, ["cat:匹配婴儿玩具", fixture.Zone("toys")], ["rattle", "blocks"], ["happykid"], [], "匹配您的兴趣：匹配婴儿玩具"),
        new("LED + ceramic", null, [fixture.Option("light", "LED"), fixture.Option("kitchen", "陶瓷")], ["pot", "mug", "downlight", "desk", "ceiling"], ["allround", "bright", "kitchenpal"], ["allround", "bright", "kitchenpal"], "匹配您的兴趣：陶瓷（匹配测试厨具 · 材质）"),
        new("Finance industry", "finance", [], [], ["fintech"], ["fintech"], "匹配您的行业：金融服务"),
    ];

    private string Name(ItemDto item) => item.Kind switch
    {
        "product" => fixture.ProductIds.FirstOrDefault(p => p.Value == item.Id).Key ?? $"other:{item.NameZh}",
        "booth" => fixture.BoothIds.FirstOrDefault(p => p.Value == item.Id).Key ?? $"other:{item.NameZh}",
        _ => fixture.EnterpriseIds.FirstOrDefault(p => p.Value == item.Id).Key ?? $"other:{item.NameZh}",
    };

    private static double PrecisionAtK(IReadOnlyList<string> expected, IReadOnlyList<string> got) =>
        expected.Count == 0 ? (got.Count == 0 ? 1 : 0) : (double)got.Take(expected.Count).Count(expected.Contains) / expected.Count;

    [Fact]
    public async Task The_labelled_profiles_get_the_expected_top_results_in_order_with_the_reason_named()
    {
        var table = new StringBuilder("profile | kind | expected | got | P@k\n");
        var failures = new List<string>();
        foreach (var profile in Profiles())
        {
            var buyer = await fixture.NewBuyerAsync();
            (await buyer.PutAsJsonAsync("/api/v1/my/interests", new { industry = profile.Industry, tags = profile.Tags })).StatusCode.ShouldBe(HttpStatusCode.OK);
            var result = await (await buyer.GetAsync("/api/v1/my/recommendations")).ReadAsync<ResultDto>();
            result.NeedsInterests.ShouldBeFalse();
            foreach (var (kind, expected, got) in new[] { ("products", profile.Products, result.Products), ("exhibitors", profile.Exhibitors, result.Exhibitors), ("booths", profile.Booths, result.Booths) })
            {
                var names = got.Select(Name).ToList();
                var p = PrecisionAtK(expected, names);
                table.Append(CultureInfo.InvariantCulture, $"{profile.Name} | {kind} | {string.Join(", ", expected)} | {string.Join(", ", names)} | {p:0.00}\n");
                if (!names.SequenceEqual(expected))
                {
                    failures.Add($"{profile.Name} {kind}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", names)}]");
                }
            }

            var first = result.Products.Concat(result.Exhibitors).First();
            table.Append(CultureInfo.InvariantCulture, $"{profile.Name} | reason | {profile.Reason} | {first.ReasonZh} · {first.ReasonEn} |\n");
            if (first.ReasonZh != profile.Reason)
            {
                failures.Add($"{profile.Name} reason: {first.ReasonZh}");
            }

            first.ReasonEn.ShouldStartWith(profile.Industry is null ? "Matches your interest: " : "Matches your industry: ");
        }

        output.WriteLine(table.ToString());
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Nothing_unlisted_or_hidden_is_recommended_and_a_buyer_without_interests_is_asked_to_pick_some()
    {
        var buyer = await fixture.NewBuyerAsync();
        var none = await (await buyer.GetAsync("/api/v1/my/recommendations")).ReadAsync<ResultDto>();
        none.NeedsInterests.ShouldBeTrue();
        none.Products.ShouldBeEmpty();

        (await buyer.PutAsJsonAsync("/api/v1/my/interests", new { tags = new[] { fixture.Option("light", "LED"), fixture.Zone("light") } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await (await buyer.GetAsync("/api/v1/my/recommendations")).ReadAsync<ResultDto>();
        result.Products.Select(p => p.Id).ShouldNotContain(fixture.ProductIds["strip"]);
        result.Products.Select(p => p.Id).ShouldNotContain(fixture.ProductIds["bulb"]);
        result.Products.ShouldAllBe(p => p.Link == $"/products/{p.Id}");
        result.Products.GroupBy(p => p.EnterpriseId).ShouldAllBe(g => g.Count() <= 2);
    }

    [Fact]
    public async Task Interests_are_checked_against_the_industry_list_and_the_session_vocabulary_with_clear_messages()
    {
        var buyer = await fixture.NewBuyerAsync();
        buyer.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var empty = await (await buyer.GetAsync("/api/v1/my/interests")).ReadAsync<InterestsDto>();
        empty.Industry.ShouldBeNull();
        empty.Tags.ShouldBeEmpty();
        empty.Industries.ShouldContain(i => i.Code == "finance" && i.Zh == "金融服务" && i.En == "Financial services");

        var vocabulary = await (await buyer.GetAsync("/api/v1/my/interests/vocabulary")).ReadAsync<VocabularyDto>();
        var light = vocabulary.Zones.Single(z => z.Zone.Key == fixture.Zone("light"));
        light.Options.Select(o => o.Key).ShouldBe([fixture.Option("light", "LED"), fixture.Option("light", "卤素"), fixture.Option("light", "荧光")]);
        light.Options[1].LabelEn.ShouldBe("Halogen (Matching Test Lighting · Light source)");
        vocabulary.Categories.Select(c => c.Key).ShouldContain("cat:匹配灯具");

        var bad = await Problem.ReadAsync(await buyer.PutAsJsonAsync("/api/v1/my/interests", new { industry = "astrology", tags = new[] { "zone:987654321", "cat:没有这个类别", "opt:1:x", "nonsense" } }), HttpStatusCode.BadRequest);
        bad.Code.ShouldBe("validation_failed");
        bad.Errors!["industry"].ShouldBe(["Choose an industry from the list."]);
        bad.Errors["tags"].ShouldHaveSingleItem().ShouldStartWith("These interest tags are not in this session's vocabulary: zone:987654321, cat:没有这个类别");

        var many = Enumerable.Range(0, 11).Select(i => $"zone:{i}").ToArray();
        (await Problem.ReadAsync(await buyer.PutAsJsonAsync("/api/v1/my/interests", new { tags = many }), HttpStatusCode.BadRequest)).Errors!["tags"].ShouldBe(["Choose at most 10 interest tags."]);

        var saved = await (await buyer.PutAsJsonAsync("/api/v1/my/interests", new { industry = "goods", tags = new[] { fixture.Option("toys", "0-3岁"), "cat:匹配积木", fixture.Option("toys", "0-3岁") } })).ReadAsync<InterestsDto>();
        saved.Industry.ShouldBe("goods");
        saved.Tags.Select(t => (t.Key, t.LabelZh)).ShouldBe([(fixture.Option("toys", "0-3岁"), "0-3岁（匹配测试玩具 · 适用年龄）"), ("cat:匹配积木", "匹配积木")]);
        var again = await (await buyer.GetAsync("/api/v1/my/interests")).ReadAsync<InterestsDto>();
        again.Tags.Count.ShouldBe(2);
        again.UpdatedAt.ShouldNotBeNull();

        // Clearing is allowed: no industry, no tags → the buyer is asked to pick interests again.
        (await buyer.PutAsJsonAsync("/api/v1/my/interests", new { industry = "", tags = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await buyer.GetAsync("/api/v1/my/recommendations")).ReadAsync<ResultDto>()).NeedsInterests.ShouldBeTrue();
    }

    [Fact]
    public async Task The_pages_prompt_visitors_and_buyers_without_interests_and_the_interests_form_saves_checked_tags()
    {
        using var visitor = new Browserless(fixture.App);
        var anonymous = await visitor.GetAsync("/my/recommendations");
        anonymous.QuerySelector("[data-testid=recommendations-sign-in]").ShouldNotBeNull();

        var userName = await fixture.NewBuyerNameAsync();
        using var browser = new Browserless(fixture.App);
        await browser.LoginAsync(userName);
        (await browser.GetAsync("/my/recommendations")).QuerySelector("[data-testid=recommendations-pick]").ShouldNotBeNull();

        var page = await browser.GetAsync("/my/interests?welcome=1");
        page.QuerySelector("[data-testid=interests-welcome]").ShouldNotBeNull();
        foreach (var key in new[] { fixture.Option("light", "LED"), "cat:匹配灯具" })
        {
            page.QuerySelectorAll<IHtmlInputElement>("input[data-testid=interest-tag]").Single(i => i.GetAttribute("data-key") == key).IsChecked = true;
        }

        var saved = await browser.SubmitAsync(page, "[data-testid=interests-form]", new Dictionary<string, string> { ["industry"] = "retail" });
        saved.QuerySelector("[data-testid=interests-saved]").ShouldNotBeNull();
        saved.QuerySelectorAll<IHtmlInputElement>("input[data-testid=interest-tag]").Where(i => i.IsChecked).Select(i => i.GetAttribute("data-key")).ShouldBe([fixture.Option("light", "LED"), "cat:匹配灯具"], ignoreOrder: true);
        saved.QuerySelector<IHtmlSelectElement>("[data-testid=interest-industry]")!.Value.ShouldBe("retail");

        var recommendations = await browser.GetAsync("/my/recommendations");
        var products = recommendations.QuerySelectorAll("[data-testid=recommendations-product] [data-testid=recommendation]").Select(a => a.GetAttribute("data-id")).ToList();
        products.ShouldBe(new[] { "downlight", "desk", "ceiling" }.Select(k => fixture.ProductIds[k].ToString(CultureInfo.InvariantCulture)));
        recommendations.QuerySelector("[data-testid=recommendation-reason]")!.TextContent.ShouldBe("匹配您的兴趣：LED（匹配测试照明 · 光源）");

        // The home page shows the first of them to the signed-in buyer, and nothing of the kind to a visitor.
        var home = await browser.GetAsync("/");
        home.QuerySelectorAll("[data-testid=home-recommended] [data-testid=recommendation]").Select(a => a.GetAttribute("data-id")).Take(3).ShouldBe(products);
        (await visitor.GetAsync("/")).QuerySelector("[data-testid=home-recommended]").ShouldBeNull();

        // Too many tags: the form shows the message and keeps the choice.
        var form = await browser.GetAsync("/my/interests");
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[data-testid=interest-tag]").Take(11))
        {
            input.IsChecked = true;
        }

        var checkedKeys = form.QuerySelectorAll<IHtmlInputElement>("input[data-testid=interest-tag]").Where(i => i.IsChecked).Select(i => i.GetAttribute("data-key")).ToList();
        checkedKeys.Count.ShouldBeGreaterThan(10);
        var refused = await browser.SubmitAsync(form, "[data-testid=interests-form]", new Dictionary<string, string>());
        refused.QuerySelector(".invalid-feedback[data-field=tags]")!.TextContent.ShouldBe("最多选择 10 个兴趣标签。");
        refused.QuerySelectorAll<IHtmlInputElement>("input[data-testid=interest-tag]").Where(i => i.IsChecked).Select(i => i.GetAttribute("data-key")).ShouldBe(checkedKeys);
    }
}

[Trait("Provider", "sqlite")]
public sealed class RecommendationTestsOnSqlite(MatchingFixture<SqliteDb> f, ITestOutputHelper o) : RecommendationTests<SqliteDb>(f, o);

[Trait("Provider", "postgres")]
public sealed class RecommendationTestsOnPostgres(MatchingFixture<PostgresDb> f, ITestOutputHelper o) : RecommendationTests<PostgresDb>(f, o);
