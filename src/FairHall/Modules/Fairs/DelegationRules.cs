using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>The fields creating and updating a delegation share.</summary>
internal interface IDelegationFields : ICodeAndNames
{
    long? ParentId { get; }
    string? Region { get; }
}

/// <summary>ROLE-2: a delegation has a code and a bilingual name; a sub-delegation (分团) hangs under a top-level one.</summary>
internal sealed class DelegationRules : AbstractValidator<IDelegationFields>
{
    public DelegationRules(TextCatalog texts)
    {
        Include(new CodeAndNameRules(texts));
        RuleFor(x => x.Region).MaximumLength(FairsRules.NameMax).WithName(_ => texts.Get("Fairs.Delegation.Region"));
    }

    /// <summary>
    /// One level of sub-delegations only: the parent must be a top-level delegation of the same fair, and a
    /// delegation that has sub-delegations cannot itself become one. The code must be free in the fair.
    /// </summary>
    public static async Task<Error?> CheckAsync(FairHallDbContext db, TextCatalog texts, long fairId, IDelegationFields x, long? selfId, CancellationToken ct)
    {
        var fields = new Dictionary<string, string[]>();
        if (x.ParentId is { } parentId)
        {
            var parent = await db.Set<Delegation>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == parentId, ct);
            if (parent is null || parent.FairId != fairId || parentId == selfId)
            {
                fields["ParentId"] = [texts.Get("Fairs.Delegation.ParentUnknown")];
            }
            else if (parent.ParentId is not null)
            {
                fields["ParentId"] = [texts.Get("Fairs.Delegation.ParentNotTopLevel")];
            }
            else if (selfId is { } self && await db.Set<Delegation>().AnyAsync(d => d.ParentId == self, ct))
            {
                fields["ParentId"] = [texts.Get("Fairs.Delegation.HasChildren")];
            }
        }

        if (await db.IsCodeTakenAsync<Delegation>(fairId, FairsRules.Clean(x.Code), selfId, ct))
        {
            fields["Code"] = [texts.Get("Fairs.CodeTaken")];
        }

        return fields.Count == 0 ? null : Error.Invalid(fields);
    }
}
