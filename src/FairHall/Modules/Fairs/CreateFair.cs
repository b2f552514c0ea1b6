using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FairHall.Platform.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>POST /api/v1/fairs — the organizer creates a fair (FAIR-1).</summary>
internal static class CreateFair
{
    public sealed record Request(string? Code, string? NameZh, string? NameEn, string? TimeZone) : ICodeAndNames;

    internal sealed class Validator : AbstractValidator<Request>
    {
        public Validator(TextCatalog texts)
        {
            Include(new CodeAndNameRules(texts));
            RuleFor(x => x.TimeZone).Must(z => z is null || FairTime.IsKnownZone(z))
                .WithMessage(_ => texts.Get("Fairs.TimeZoneUnknown")).WithName(_ => texts.Get("Fairs.TimeZone"));
        }
    }

    internal sealed class Handler(FairHallDbContext db, IValidator<Request> validator, TextCatalog texts)
    {
        public async Task<Result<FairView>> HandleAsync(Request request, CancellationToken ct)
        {
            if (await validator.CheckAsync(request, ct) is { } invalid)
            {
                return invalid;
            }

            var code = FairsRules.Clean(request.Code);
            if (await db.Set<Fair>().AnyAsync(f => f.Code == code, ct))
            {
                return FairsRules.DuplicateCode(texts);
            }

            var fair = new Fair(code, FairsRules.Clean(request.NameZh), FairsRules.Clean(request.NameEn), request.TimeZone ?? Fair.DefaultTimeZone);
            db.Add(fair);
            return await db.SaveAsync(FairsRules.DuplicateCode(texts), ct) is { } failed ? failed : FairView.From(fair);
        }
    }

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/fairs", async (Request request, Handler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(request, ct)).ToHttp(http, v => TypedResults.Created($"/api/v1/fairs/{v.Id}", v)))
            .RequireAuthorization(Policies.Organizer).WithTags("Fairs").WithSummary("Create a fair.");
}
