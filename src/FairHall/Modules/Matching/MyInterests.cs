using System.Globalization;
using FairHall.Modules.Packages;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Matching;

/// <summary>
/// GET/PUT /api/v1/my/interests, GET /api/v1/my/interests/vocabulary — BUY-3: the buyer's industry and interest tags.
/// The industry is one of <see cref="Industries"/> (or none); at most <see cref="BuyerInterest.MaxTags"/> tags, each
/// from the current session's <see cref="InterestVocabulary"/>; errors name the field in the caller's language.
/// </summary>
internal static class MyInterests
{
    public sealed record Request(string? Industry, IReadOnlyList<string>? Tags);

    public sealed record TagView(string Key, string Kind, string LabelZh, string LabelEn);

    public sealed record IndustryView(string Code, string Zh, string En);

    public sealed record View(string? Industry, IReadOnlyList<TagView> Tags, DateTimeOffset? UpdatedAt, IReadOnlyList<IndustryView> Industries);

    internal sealed class Handler(FairHallDbContext db, InterestVocabulary vocabulary, ICurrentActor me, TextCatalog texts, TimeProvider clock)
    {
        public async Task<Result<View>> GetAsync(CancellationToken ct)
        {
            if (me.UserId is not { } userId)
            {
                return Error.Forbidden();
            }

            var interest = await db.Set<BuyerInterest>().AsNoTracking().FirstOrDefaultAsync(i => i.UserId == userId, ct);
            return await ViewAsync(interest, ct);
        }

        public async Task<Result<Vocabulary>> VocabularyAsync(CancellationToken ct) =>
            await Sessions.CurrentAsync(db, clock, ct) is { } session ? await vocabulary.ForSessionAsync(session.Id, ct) : Error.NotFound("no_current_session");

        public async Task<Result<View>> SaveAsync(Request request, CancellationToken ct)
        {
            if (me.UserId is not { } userId)
            {
                return Error.Forbidden();
            }

            var errors = new Dictionary<string, string[]>();
            var industry = string.IsNullOrWhiteSpace(request.Industry) ? null : request.Industry.Trim();
            if (industry is not null && Industries.Find(industry) is null)
            {
                errors["industry"] = [texts.Get("Matching.Invalid.Industry")];
            }

            var keys = (request.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
            if (keys.Count > BuyerInterest.MaxTags)
            {
                errors["tags"] = [string.Format(CultureInfo.InvariantCulture, texts.Get("Matching.Invalid.TooMany"), BuyerInterest.MaxTags)];
            }
            else if (keys.Count > 0)
            {
                var session = await Sessions.CurrentAsync(db, clock, ct);
                var known = session is null ? [] : await vocabulary.ResolveAsync(session.Id, keys, ct);
                var unknown = keys.Where(k => !known.ContainsKey(k)).ToList();
                if (unknown.Count > 0)
                {
                    errors["tags"] = [texts.Get("Matching.Invalid.Tag") + " " + string.Join(", ", unknown.Take(5).Select(u => u.Length > 40 ? u[..40] + "…" : u))];
                }
            }

            if (errors.Count > 0)
            {
                return Error.Invalid(errors);
            }

            var interest = await db.Set<BuyerInterest>().FirstOrDefaultAsync(i => i.UserId == userId, ct);
            if (interest is null)
            {
                interest = new BuyerInterest(userId);
                db.Add(interest);
            }

            interest.Declare(industry, keys, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return await ViewAsync(interest, ct);
        }

        private async Task<View> ViewAsync(BuyerInterest? interest, CancellationToken ct)
        {
            var industries = Industries.All.Select(i => new IndustryView(i.Code, i.Zh, i.En)).ToList();
            if (interest is null)
            {
                return new View(null, [], null, industries);
            }

            var session = await Sessions.CurrentAsync(db, clock, ct);
            var known = session is null ? [] : await vocabulary.ResolveAsync(session.Id, interest.Tags, ct);
            var tags = interest.Tags.Where(known.ContainsKey).Select(k => known[k]).Select(t => new TagView(t.Key, t.Kind.ToString(), t.LabelZh, t.LabelEn)).ToList();
            return new View(interest.Industry, tags, interest.UpdatedAt, industries);
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/my/interests", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.GetAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Matching").WithSummary("The buyer's industry and interest tags (BUY-3).");
        api.MapPut("/my/interests", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.SaveAsync(request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Matching").WithSummary("Declare the industry (code) and up to 10 interest tags (keys of the vocabulary).");
        api.MapGet("/my/interests/vocabulary", async (Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.VocabularyAsync(ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Buyer).WithTags("Matching").WithSummary("The interest tags of the current session: zones, zone tag options, categories.");
    }
}
