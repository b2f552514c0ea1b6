using FairHall.Modules.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Platform.Data;

/// <summary>
/// The one database context of the modular monolith. Each module contributes its tables through
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes in its own folder; use <c>db.Set&lt;T&gt;()</c>.
/// </summary>
public sealed class FairHallDbContext(DbContextOptions<FairHallDbContext> options)
    : IdentityDbContext<User, Role, long, IdentityUserClaim<long>, IdentityUserRole<long>, IdentityUserLogin<long>,
        IdentityRoleClaim<long>, IdentityUserToken<long>>(options)
{
    private readonly Dictionary<string, object?> memo = new(StringComparer.Ordinal);

    /// <summary>
    /// A value read once per unit of work (the context is scoped: one request) and reused by later reads in it, such as
    /// the current session that a product page, its similar products and its header each need. Every save empties it.
    /// </summary>
    internal async Task<T> MemoAsync<T>(string key, Func<Task<T>> read)
    {
        if (memo.TryGetValue(key, out var known))
        {
            return (T)known!;
        }

        var value = await read();
        if (memo.Count >= 64)
        {
            memo.Clear(); // a long-lived context (a background loop) keys new minutes forever: keep it small
        }

        memo[key] = value;
        return value;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        memo.Clear();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        memo.Clear();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<User>().ToTable("users");
        builder.Entity<Role>().ToTable("roles");
        builder.Entity<IdentityUserClaim<long>>().ToTable("user_claims");
        builder.Entity<IdentityUserRole<long>>().ToTable("user_roles");
        builder.Entity<IdentityUserLogin<long>>().ToTable("user_logins");
        builder.Entity<IdentityRoleClaim<long>>().ToTable("role_claims");
        builder.Entity<IdentityUserToken<long>>().ToTable("user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(FairHallDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type and EF cannot order or compare DateTimeOffset stored as text there,
        // so instants are stored as UTC ticks (integers) on SQLite and as timestamptz on PostgreSQL.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
