using System.Globalization;
using AngleSharp;
using FairHall.Modules.Catalog.Media;
using FairHall.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace FairHall.Tests.Media;

/// <summary>The picker other forms embed (CAT-5/8): the library the page loaded, as checkboxes, chosen ones first, checked and orderable.</summary>
[Trait("Req", "CAT-5")]
public abstract class MediaPickerTests<TDb>(AppFixture<TDb> fixture) : IClassFixture<AppFixture<TDb>> where TDb : TestDb, new()
{
    private async Task<AngleSharp.Dom.IDocument> RenderAsync(Dictionary<string, object?> parameters)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<MediaPicker>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
    }

    [Fact]
    public async Task Lists_the_library_of_the_kind_with_the_chosen_ones_first_checked_and_ordered()
    {
        var (_, enterpriseId) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var a = await MediaServeTests<TDb>.StoreAsync(fixture.App, enterpriseId, [1]);
        var b = await MediaServeTests<TDb>.StoreAsync(fixture.App, enterpriseId, [2]);
        var c = await MediaServeTests<TDb>.StoreAsync(fixture.App, enterpriseId, [3]);
        var (_, otherEnterprise) = await Payments.PaymentsKit.GiftedExhibitorAsync(fixture);
        var foreign = await MediaServeTests<TDb>.StoreAsync(fixture.App, otherEnterprise, [4]);
        IReadOnlyList<MediaRef> library = [c.ToRef(), b.ToRef(), a.ToRef()]; // the page's one query, newest first

        var page = await RenderAsync(new()
        {
            [nameof(MediaPicker.FieldName)] = "Form.ImageIds",
            [nameof(MediaPicker.Library)] = library,
            [nameof(MediaPicker.Kind)] = MediaKind.Image,
            [nameof(MediaPicker.Selected)] = (IReadOnlyCollection<long>)[b.Id, a.Id, foreign.Id],
            [nameof(MediaPicker.Max)] = 5,
            [nameof(MediaPicker.OrderField)] = "Form.ImageAction",
        });
        var options = page.QuerySelectorAll("[data-testid=media-option]");
        var ids = options.Select(o => long.Parse(o.GetAttribute("value")!, CultureInfo.InvariantCulture)).ToList();
        ids.ShouldBe([b.Id, a.Id, c.Id]); // chosen first in their order, a foreign id never shows
        options.All(o => o.GetAttribute("name") == "Form.ImageIds").ShouldBeTrue();
        options.Where(o => o.HasAttribute("checked")).Select(o => o.GetAttribute("value")).ShouldBe([b.Id.ToString(CultureInfo.InvariantCulture), a.Id.ToString(CultureInfo.InvariantCulture)]);
        page.QuerySelectorAll("[data-testid=media-main]").Length.ShouldBe(1); // CAT-8: the first is the main image
        page.QuerySelector($"[data-testid=media-option-box][data-id='{b.Id}'] [data-testid=media-main]").ShouldNotBeNull();
        page.QuerySelector($"[data-testid=media-option-box][data-id='{a.Id}'] [data-testid=media-make-main]")!.GetAttribute("value").ShouldBe($"main:{a.Id}");
        page.QuerySelector($"[data-testid=media-option-box][data-id='{c.Id}'] button").ShouldBeNull(); // not chosen: nothing to order
        page.QuerySelector("[data-testid=media-picker-library]")!.GetAttribute("href").ShouldBe("/enterprise/media?kind=Image");
        page.QuerySelectorAll("[data-testid=media-thumb] img").Select(i => i.GetAttribute("src")).ShouldContain(a.Url);

        var videos = await RenderAsync(new() { [nameof(MediaPicker.FieldName)] = "v", [nameof(MediaPicker.Library)] = library, [nameof(MediaPicker.Kind)] = MediaKind.Video });
        videos.QuerySelector("[data-testid=media-picker-empty]").ShouldNotBeNull();
    }

    [Theory]
    [InlineData(new long[] { 1, 2, 3 }, "main:3", new long[] { 3, 1, 2 })]
    [InlineData(new long[] { 1, 2, 3 }, "up:2", new long[] { 2, 1, 3 })]
    [InlineData(new long[] { 1, 2, 3 }, "down:2", new long[] { 1, 3, 2 })]
    [InlineData(new long[] { 1, 2, 3 }, "up:1", new long[] { 1, 2, 3 })]
    [InlineData(new long[] { 1, 2, 3 }, "down:3", new long[] { 1, 2, 3 })]
    [InlineData(new long[] { 1, 2, 3 }, "main:9", new long[] { 1, 2, 3 })]
    [InlineData(new long[] { 1, 2, 3 }, "drop:1", new long[] { 1, 2, 3 })]
    [InlineData(new long[] { 1, 2 }, "main:x", new long[] { 1, 2 })]
    [Trait("Req", "CAT-8")]
    public void Ordering_buttons_move_an_image_to_the_front_or_by_one(long[] ids, string action, long[] expected) =>
        MediaOrder.Apply(ids, action).ShouldBe(expected);
}

[Trait("Provider", "sqlite")]
public sealed class MediaPickerTestsOnSqlite(AppFixture<SqliteDb> f) : MediaPickerTests<SqliteDb>(f);

[Trait("Provider", "postgres")]
public sealed class MediaPickerTestsOnPostgres(AppFixture<PostgresDb> f) : MediaPickerTests<PostgresDb>(f);
