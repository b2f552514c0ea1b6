using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Fairs;

/// <summary>Validation rules and save helpers every Fairs use case shares.</summary>
internal static class FairsRules
{
    public const int NameMax = 100;

    /// <summary>Codes appear in URLs, exports and partner APIs, so they stay short and plain.</summary>
    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().MaximumLength(20)
            .Matches("^[A-Za-z0-9_-]+$").WithMessage(_ => texts.Get("Fairs.CodeFormat"))
            .WithName(_ => texts.Get("Fairs.Code"));

    public static IRuleBuilderOptions<T, string?> NameZh<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().MaximumLength(NameMax).WithName(_ => texts.Get("Fairs.NameZh"));

    public static IRuleBuilderOptions<T, string?> NameEn<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().MaximumLength(NameMax).WithName(_ => texts.Get("Fairs.NameEn"));

    public static Error DuplicateCode(TextCatalog texts) => Error.Invalid("Code", texts.Get("Fairs.CodeTaken"));

    /// <summary>The field error for a FairId that names no fair; null when the fair exists.</summary>
    public static async Task<Error?> CheckFairAsync(this DbContext db, long fairId, TextCatalog texts, CancellationToken ct) =>
        await db.Set<Fair>().AnyAsync(f => f.Id == fairId, ct) ? null : Error.Invalid("FairId", texts.Get("Fairs.FairUnknown"));

    public static string Clean(string? s) => (s ?? "").Trim();

    public static string? CleanOrNull(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// Saves; a lost race on a Version becomes 409 "conflict", and a lost race on a unique code (checked just
    /// before, but two organizers may type the same code at once) becomes the same field error as the check.
    /// </summary>
    public static async Task<Error?> SaveAsync(this DbContext db, Error duplicate, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("conflict");
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return duplicate;
        }
    }

    /// <summary>
    /// Loads the row the caller wants to change: 404 when it is gone, 409 "conflict" when the caller read another
    /// Version. EF then checks on save the Version the caller saw, not only the one just read.
    /// </summary>
    public static async Task<Result<T>> FindToChangeAsync<T>(this DbContext db, IQueryable<T> query, long id, long seen, CancellationToken ct)
        where T : class, IVersioned
    {
        var found = await query.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (found is null)
        {
            return Error.NotFound();
        }

        if (found.Version != seen)
        {
            return Error.Conflict("conflict");
        }

        db.Entry(found).Property(nameof(IVersioned.Version)).OriginalValue = seen;
        return found;
    }
}

/// <summary>An entity changed under optimistic concurrency: callers send back the Version they read.</summary>
internal interface IVersioned
{
    long Id { get; }
    long Version { get; }
}

/// <summary>One page of a keyset-paged list; pass <see cref="NextAfterId"/> as <c>afterId</c> for the next page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long? NextAfterId);

internal static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static int Clamp(int? limit) => Math.Clamp(limit ?? DefaultLimit, 1, MaxLimit);

    /// <summary>Reads one row more than asked, to know whether another page exists.</summary>
    public static async Task<Page<TOut>> ToPageAsync<TIn, TOut>(this IQueryable<TIn> ordered, int limit, Func<TIn, long> id, Func<TIn, TOut> map, CancellationToken ct)
    {
        var rows = await ordered.Take(limit + 1).ToListAsync(ct);
        var more = rows.Count > limit;
        var items = rows.Take(limit).ToList();
        return new Page<TOut>([.. items.Select(map)], more ? id(items[^1]) : null);
    }
}
