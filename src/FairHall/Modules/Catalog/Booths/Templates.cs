using FairHall.Modules.Exhibitors.Showcase;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>One template of the library with the enterprise's choice of it.</summary>
public sealed record TemplateView(string Code, TemplateKind Kind, string NameZh, string NameEn, string Layout, bool Selected, bool Published, string BannerColour);

/// <summary>The library per kind and how many templates the package lets the enterprise select per library (PKG-2: 1/2/4/6).</summary>
public sealed record TemplatesView(IReadOnlyList<TemplateView> Templates, int Limit, int SelectedPc, int SelectedMobile);

/// <summary>
/// CAT-9 showcase templates: select templates into the own set (up to the package's number per library), edit a
/// selected template's banner colour (#RRGGBB), preview any, publish one per library (the previous one leaves use).
/// </summary>
internal sealed class TemplateDesk(FairHallDbContext db, Entitlements entitlements, ICurrentActor me, TextCatalog texts, TimeProvider clock)
{
    public async Task<Result<TemplatesView>> ListAsync(CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId)
        {
            return Error.Forbidden();
        }

        var choices = await db.Set<TemplateChoice>().AsNoTracking().Where(c => c.EnterpriseId == enterpriseId).ToDictionaryAsync(c => c.TemplateCode, ct);
        var views = TemplateLibrary.All.Select(t => choices.TryGetValue(t.Code, out var c)
            ? new TemplateView(t.Code, t.Kind, t.NameZh, t.NameEn, t.Layout, true, c.IsPublished, c.BannerColour)
            : new TemplateView(t.Code, t.Kind, t.NameZh, t.NameEn, t.Layout, false, false, t.DefaultBanner)).ToList();
        return new TemplatesView(views, await LimitAsync(enterpriseId, ct),
            choices.Values.Count(c => c.Kind == TemplateKind.Pc), choices.Values.Count(c => c.Kind == TemplateKind.Mobile));
    }

    public async Task<Result<TemplatesView>> SelectAsync(string code, bool select, CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId)
        {
            return Error.Forbidden();
        }

        if (TemplateLibrary.Find(code) is not { } template)
        {
            return Error.NotFound();
        }

        var existing = await db.Set<TemplateChoice>().FirstOrDefaultAsync(c => c.EnterpriseId == enterpriseId && c.TemplateCode == code, ct);
        if (select && existing is null)
        {
            var count = await db.Set<TemplateChoice>().CountAsync(c => c.EnterpriseId == enterpriseId && c.Kind == template.Kind, ct);
            if (count >= await LimitAsync(enterpriseId, ct))
            {
                return Error.Rule("template_quota_exceeded");
            }

            db.Add(new TemplateChoice(enterpriseId, template, clock.GetUtcNow()));
        }
        else if (!select && existing is not null)
        {
            if (existing.IsPublished)
            {
                return Error.Rule("template_in_use");
            }

            db.Remove(existing);
        }

        return await SaveAndListAsync(ct);
    }

    public async Task<Result<TemplatesView>> RecolourAsync(string code, string? colour, CancellationToken ct)
    {
        var found = await ChoiceAsync(code, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (!ShowcaseRules.IsHexColour(colour?.Trim()))
        {
            return Error.Invalid("BannerColour", texts.Get("Booth.Field.Colour"));
        }

        found.Value.Recolour(colour!.Trim());
        return await SaveAndListAsync(ct);
    }

    public async Task<Result<TemplatesView>> PublishAsync(string code, CancellationToken ct)
    {
        var found = await ChoiceAsync(code, ct);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        var choice = found.Value;
        var others = await db.Set<TemplateChoice>().Where(c => c.EnterpriseId == choice.EnterpriseId && c.Kind == choice.Kind && c.IsPublished && c.Id != choice.Id).ToListAsync(ct);
        others.ForEach(o => o.Unpublish());
        choice.Publish(clock.GetUtcNow());
        return await SaveAndListAsync(ct);
    }

    private async Task<Result<TemplateChoice>> ChoiceAsync(string code, CancellationToken ct)
    {
        if (me.EnterpriseId is not { } enterpriseId)
        {
            return Error.Forbidden();
        }

        if (TemplateLibrary.Find(code) is null)
        {
            return Error.NotFound();
        }

        var choice = await db.Set<TemplateChoice>().FirstOrDefaultAsync(c => c.EnterpriseId == enterpriseId && c.TemplateCode == code, ct);
        return choice is null ? Error.Rule("template_not_selected") : choice;
    }

    private async Task<Result<TemplatesView>> SaveAndListAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("conflict");
        }

        return await ListAsync(ct);
    }

    /// <summary>PKG-2: templates selectable per library, Basic/A/B/C 1/2/4/6 (at least 1 so every enterprise can publish one).</summary>
    private async Task<int> LimitAsync(long enterpriseId, CancellationToken ct) =>
        Math.Max(1, await entitlements.CurrentAsync(enterpriseId, ct) is { } current ? current.Entitlement.Quota(QuotaKeys.Templates).Limit ?? int.MaxValue : 1);
}

/// <summary>PKG-10: templates in use of the quota (the larger of the two libraries, since the limit applies per library).</summary>
internal sealed class TemplatesUsage(FairHallDbContext db) : IQuotaUsage
{
    public string Key => QuotaKeys.Templates;

    public async Task<int> CountAsync(long enterpriseId, long sessionId, CancellationToken ct)
    {
        var counts = await db.Set<TemplateChoice>().AsNoTracking().Where(c => c.EnterpriseId == enterpriseId).GroupBy(c => c.Kind).Select(g => g.Count()).ToListAsync(ct);
        return counts.Count == 0 ? 0 : counts.Max();
    }
}

/// <summary>The published PC template gives the public showcase its banner colour and layout.</summary>
internal sealed class TemplateBanner(FairHallDbContext db) : IShowcaseBanner
{
    public async Task<(string Banner, string Layout)?> PublishedAsync(long enterpriseId, CancellationToken ct)
    {
        var published = await db.Set<TemplateChoice>().AsNoTracking().Where(c => c.EnterpriseId == enterpriseId && c.Kind == TemplateKind.Pc && c.IsPublished)
            .Select(c => new { c.BannerColour, c.TemplateCode }).FirstOrDefaultAsync(ct);
        return published is null ? null : (published.BannerColour, TemplateLibrary.Find(published.TemplateCode)?.Layout ?? "standard");
    }
}

/// <summary>GET/POST /api/v1/enterprise/templates… — the CAT-9 template endpoints (admin).</summary>
internal static class TemplateEndpoints
{
    public sealed record ColourRequest(string? BannerColour);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/enterprise/templates", async (TemplateDesk desk, HttpContext http, CancellationToken ct) =>
                (await desk.ListAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Booths").WithSummary("Showcase template libraries (PC and app) with the enterprise's choices.");
        api.MapPost("/enterprise/templates/{code}/select", async (string code, TemplateDesk desk, HttpContext http, CancellationToken ct) =>
                (await desk.SelectAsync(code, true, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Booths").WithSummary("Select a template (up to the package's number per library).");
        api.MapDelete("/enterprise/templates/{code}", async (string code, TemplateDesk desk, HttpContext http, CancellationToken ct) =>
                (await desk.SelectAsync(code, false, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Booths").WithSummary("Remove a template from the selection (not the one in use).");
        api.MapPut("/enterprise/templates/{code}", async (string code, ColourRequest request, TemplateDesk desk, HttpContext http, CancellationToken ct) =>
                (await desk.RecolourAsync(code, request.BannerColour, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Booths").WithSummary("Edit a selected template's banner colour (#RRGGBB).");
        api.MapPost("/enterprise/templates/{code}/publish", async (string code, TemplateDesk desk, HttpContext http, CancellationToken ct) =>
                (await desk.PublishAsync(code, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.ExhibitorAdmin).WithTags("Booths").WithSummary("Publish a selected template: it becomes the one in use of its library.");
    }
}
