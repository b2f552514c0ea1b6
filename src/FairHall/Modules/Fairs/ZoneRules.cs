using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>The fields creating and updating a zone share.</summary>
internal interface IZoneFields : ICodeAndNames
{
    int? PhaseNumber { get; }
    IReadOnlyList<long>? AssociationIds { get; }
}

/// <summary>FAIR-2: a zone has a code, a bilingual name, one offline phase and at least one reviewing association.</summary>
internal sealed class ZoneRules : AbstractValidator<IZoneFields>
{
    public ZoneRules(TextCatalog texts)
    {
        Include(new CodeAndNameRules(texts));
        RuleFor(x => x.PhaseNumber).NotNull().WithName(_ => texts.Get("Fairs.Zone.Phase"));
        // Every zone needs a trade association to review its exhibitors and products (ROLE-3).
        RuleFor(x => x.AssociationIds).NotEmpty().WithMessage(_ => texts.Get("Fairs.Zone.AssociationsRequired"));
    }

    /// <summary>The checks that need the database: the phase exists in the session, the associations in its fair, the code is free.</summary>
    public static async Task<Error?> CheckAsync(FairHallDbContext db, TextCatalog texts, Session session, IZoneFields x, long? zoneId, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        if (session.Phases.All(p => p.Number != x.PhaseNumber))
        {
            fields["PhaseNumber"] = [texts.Format("Fairs.Zone.PhaseUnknown", x.PhaseNumber ?? 0)];
        }

        var ids = x.AssociationIds!.Distinct().ToList();
        var known = await db.Set<Association>().CountAsync(a => a.FairId == session.FairId && ids.Contains(a.Id), ct);
        if (known != ids.Count)
        {
            fields["AssociationIds"] = [texts.Get("Fairs.Zone.AssociationUnknown")];
        }

        var code = FairsRules.Clean(x.Code);
        if (await db.Set<Zone>().AnyAsync(z => z.SessionId == session.Id && z.Code == code && z.Id != (zoneId ?? 0), ct))
        {
            fields["Code"] = [texts.Get("Fairs.CodeTaken")];
        }

        return fields.Count == 0 ? null : Error.Invalid(fields);
    }
}
