using FairHall.Modules.Accounts;
using FairHall.Modules.Exhibitors;
using FairHall.Modules.Fairs;
using FairHall.Platform.Data;
using FairHall.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FairHall.Demo;

internal static class DemoDataSetup
{
    public static void AddDemoData(this IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton(config.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions());
        services.AddScoped<DemoSeeder>();
    }
}

/// <summary>
/// Loads a fair a newcomer can click through: the Canton-Fair-like fair of the Fairs module, then one demo
/// account per role (README lists them). Runs only on a database without users.
/// </summary>
internal sealed class DemoSeeder(FairHallDbContext db, UserManager<User> users, RoleManager<Role> roles, DemoDataOptions options, TimeProvider clock, ILogger<DemoSeeder> log)
{
    public async Task SeedIfEmptyAsync(CancellationToken ct)
    {
        await EnsureRolesAsync();
        if (await db.Users.AnyAsync(ct))
        {
            return;
        }

        var fair = await FairsDemoData.SeedAsync(db, clock, ct);
        var enterprise = new Enterprise { NameZh = "广东美味厨具有限公司", NameEn = "Guangdong Meiwei Kitchenware Co., Ltd.", DelegationId = fair.DelegationId, CreatedAt = clock.GetUtcNow() };
        db.Set<Enterprise>().Add(enterprise);
        await db.SaveChangesAsync(ct);

        await CreateAsync("organizer", "广交会组委会", Roles.Organizer, u => { });
        await CreateAsync("gz.delegation", "广州交易团审核员", Roles.DelegationReviewer, u => u.DelegationId = fair.DelegationId);
        await CreateAsync("cccla.reviewer", "轻工工艺商会审核员", Roles.AssociationReviewer, u => u.AssociationId = fair.AssociationId);
        await CreateAsync("ccpit.institution", "贸促会组展机构审核员", Roles.InstitutionReviewer, u => u.InstitutionId = fair.InstitutionId);
        await CreateAsync("demo.exhibitor", "美味厨具 管理员", Roles.ExhibitorAdmin, u => u.EnterpriseId = enterprise.Id);
        await CreateAsync("demo.exhibitor-01", "美味厨具 子账号01", Roles.ExhibitorStaff, u => u.EnterpriseId = enterprise.Id);
        await CreateAsync("demo.buyer", "Anna Schmidt (Buyer)", Roles.Buyer, u => { });
        log.LogInformation("Demo data loaded: session {SessionId}, {Count} demo accounts", fair.SessionId, 7);
        await FairHall.Modules.Packages.PackagesDemoData.SeedAsync(db, ct);
        await FairHall.Modules.Exhibitors.Onboarding.OnboardingDemoData.SeedAsync(db, clock, ct);
        await FairHall.Modules.Accounts.AccountsDemoData.SeedAsync(db, users, clock, options.Password, ct);
        await FairHall.Modules.Exhibitors.Showcase.ShowcaseDemoData.SeedAsync(db, enterprise.Id, clock, ct);
        await FairHall.Modules.Catalog.CatalogDemoData.SeedAsync(db, enterprise.Id, clock, ct);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new Role { Name = name });
            }
        }
    }

    private async Task CreateAsync(string userName, string displayName, string role, Action<User> membership)
    {
        var user = new User { UserName = userName, DisplayName = displayName, CreatedAt = clock.GetUtcNow(), PhoneNumberConfirmed = true };
        membership(user);
        Check(await users.CreateAsync(user, options.Password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
