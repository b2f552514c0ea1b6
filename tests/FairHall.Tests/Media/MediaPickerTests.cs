using System.Globalization;
using System.Security.Claims;
using AngleSharp;
using FairHall.Modules.Catalog.Media;
using FairHall.Platform.Security;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairHall.Tests.Media;

/// <summary>The picker other forms embed (CAT-5): the enterprise's own assets as checkboxes, chosen ones first and checked.</summary>
[Trait("Req", "CAT-5")]
public abstract class MediaPickerTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<AngleSharp.Dom.IDocument> RenderAsync(long enterpriseId, Dictionary<string, object?> parameters)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(MembershipClaims.Enterprise, enterpriseId.ToString(CultureInfo.InvariantCulture))], "test")),
        };
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<MediaPicker>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    [Fact]
    public async Task Lists_own_assets_of_the_kind_with_the_chosen_ones_first_and_checked()
    {
        var (_, enterpriseId) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var a = await MediaServeTests<TDb>.StoreAsync(fixture.App, enterpriseId, [1]);
        var b = await MediaServeTests<TDb>.StoreAsync(fixture.App, enterpriseId, [2]);
        var c = await MediaServeTests<TDb>.StoreAsync(fixture.App, enterpriseId, [3]);
        var (_, otherEnterprise) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var foreign = await MediaServeTests<TDb>.StoreAsync(fixture.App, otherEnterprise, [4]);

        var page = await RenderAsync(enterpriseId, new()
        {
            [nameof(MediaPicker.FieldName)] = "Form.ImageIds",
            [nameof(MediaPicker.Kind)] = MediaKind.Image,
            [nameof(MediaPicker.Selected)] = (IReadOnlyCollection<long>)[a.Id, foreign.Id],
            [nameof(MediaPicker.Max)] = 5,
        });
        var options = page.QuerySelectorAll("[data-testid=media-option]");
        // The new enterprise may already have other images (e.g. a logo); ours come chosen first, then newest first.
        var ids = options.Select(o => long.Parse(o.GetAttribute("value")!, CultureInfo.InvariantCulture)).ToList();
        ids.Take(3).ShouldBe([a.Id, c.Id, b.Id]);
        ids.ShouldNotContain(foreign.Id);
        options.All(o => o.GetAttribute("name") == "Form.ImageIds").ShouldBeTrue();
        options.Where(o => o.HasAttribute("checked")).Select(o => o.GetAttribute("value")).ShouldBe([a.Id.ToString(CultureInfo.InvariantCulture)]);
        page.QuerySelector("[data-testid=media-picker-library]")!.GetAttribute("href").ShouldBe("/enterprise/media?kind=Image");
        page.QuerySelectorAll("[data-testid=media-thumb] img").Select(i => i.GetAttribute("src")).ShouldContain(a.Url);

        var videos = await RenderAsync(enterpriseId, new() { [nameof(MediaPicker.FieldName)] = "v", [nameof(MediaPicker.Kind)] = MediaKind.Video });
        videos.QuerySelector("[data-testid=media-picker-empty]").ShouldNotBeNull();
    }
}

[Trait("Provider", "sqlite")]
public sealed class MediaPickerTestsOnSqlite(AppFixture<SqliteDb> f) : MediaPickerTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class MediaPickerTestsOnPostgres(AppFixture<PostgresDb> f) : MediaPickerTests<PostgresDb>(f);
