using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Localization;
using FairHall.Platform.Outcomes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Modules.Accounts;

/// <summary>Creates accounts for every use case that makes one (registration, sub-accounts, staff).</summary>
internal sealed class AccountCreation(FairHallDbContext db, UserManager<User> users, TimeProvider clock, TextCatalog texts)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Creates the user with its password and role; the caller holds the transaction.</summary>
    public async Task<Error?> CreateAsync(User user, string password, string? role, string userNameField = "UserName")
    {
        user.CreatedAt = clock.GetUtcNow();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Any(e => e.Code is "DuplicateUserName")
                ? Error.Invalid(userNameField, texts.Get("Accounts.UserNameTaken"))
                : created.Errors.Any(e => e.Code is "password_policy" || e.Code.StartsWith("Password", StringComparison.Ordinal))
                    ? Error.Invalid("Password", texts.Get("Accounts.PasswordFormat"))
                    : Error.Invalid(userNameField, texts.Get("Accounts.LoginNameFormat"));
        }

        if (role is not null)
        {
            var added = await users.AddToRoleAsync(user, role);
            if (!added.Succeeded)
            {
                throw new InvalidOperationException($"Role {role}: {string.Join("; ", added.Errors.Select(e => e.Description))}");
            }
        }

        return null;
    }

    /// <summary>The session people work in today (same rule as GET /sessions/current), or null before any exists.</summary>
    public async Task<Session?> CurrentSessionAsync(CancellationToken ct)
    {
        var sessions = await db.Set<Session>().AsNoTracking().OrderByDescending(s => s.ApplicationOpensOn).Take(20).ToListAsync(ct);
        return sessions.FirstOrDefault(s => s.ApplicationOpensOn <= s.Today(clock)) ?? sessions.LastOrDefault();
    }
}
