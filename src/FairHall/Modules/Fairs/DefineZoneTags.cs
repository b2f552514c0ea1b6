using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>
/// PUT /api/v1/zones/{id}/tags — replaces the product parameter tags of a zone (FAIR-2, CAT-5): exhibitors
/// fill them in when they upload products to the zone.
/// </summary>
internal static class DefineZoneTags
{
    public const int MaxTags = 20;

    public sealed record TagInput(string? NameZh, string? NameEn, ZoneTagKind? Kind, IReadOnlyList<string>? OptionsZh, IReadOnlyList<string>? OptionsEn, bool Required);

    public sealed record Request(IReadOnlyList<TagInput>? Tags, long Version);

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            RuleFor(x => x.Tags).NotNull().Must(t => t is null || t.Count <= MaxTags)
                .WithMessage(_ => texts.Format("Fairs.Tag.TooMany", MaxTags));
            RuleForEach(x => x.Tags).ChildRules(tag =>
            {
                tag.RuleFor(t => t.NameZh).NameZh(texts);
                tag.RuleFor(t => t.NameEn).NameEn(texts);
                tag.RuleFor(t => t.Kind).NotNull().IsInEnum().WithName(_ => texts.Get("Fairs.Tag.Kind"));
                tag.When(t => t.Kind == ZoneTagKind.Choice, () =>
                {
                    tag.RuleFor(t => t.OptionsZh).NotEmpty().WithMessage(_ => texts.Get("Fairs.Tag.OptionsRequired"));
                    tag.RuleFor(t => t.OptionsEn).Must((t, en) => (en?.Count ?? 0) == (t.OptionsZh?.Count ?? 0))
                        .WithMessage(_ => texts.Get("Fairs.Tag.OptionsMismatch"));
                    tag.RuleForEach(t => t.OptionsZh).NotEmpty().MaximumLength(50).WithName(_ => texts.Get("Fairs.Tag.Option"));
                    tag.RuleForEach(t => t.OptionsEn).NotEmpty().MaximumLength(50).WithName(_ => texts.Get("Fairs.Tag.Option"));
                });
            });
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator)
    {
        public async Task<Result<ZoneView>> HandleAsync(long zoneId, Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var found = await db.FindToChangeAsync(db.Set<Zone>().Include(z => z.Associations).Include(z => z.Tags), zoneId, request.Version, ct);
            if (!found.IsSuccess)
            {
                return found.Error;
            }

            var zone = found.Value;

            zone.DefineTags([.. request.Tags!.Select(t => new ZoneTagDefinition(
                FairsRules.Clean(t.NameZh), FairsRules.Clean(t.NameEn), t.Kind!.Value,
                [.. (t.OptionsZh ?? []).Select(FairsRules.Clean)], [.. (t.OptionsEn ?? []).Select(FairsRules.Clean)], t.Required))]);
            return await db.SaveAsync(Error.Conflict("conflict"), ct) is { } failed ? failed : ZoneView.From(zone);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/zones/{id:long}/tags", async (long id, Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(id, request, ct)).ToHttp(http, v => TypedResults.Ok(v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Zones").WithSummary("Replace the parameter tag definitions of a zone.");
}
