namespace FairHall.Modules.Accounts.SubAccounts;

/// <summary>
/// ACC-6: how many accounts of an enterprise may be enabled at once, the admin account included. The packages
/// issue (PKG-2 plus account packs) replaces the one implementation below.
/// </summary>
public interface IAccountQuota
{
    Task<int> EnabledAccountLimitAsync(long enterpriseId, CancellationToken ct);
}

/// <summary>Until packages exist: two enabled accounts, i.e. the admin and one sub-account.</summary>
internal sealed class FixedAccountQuota : IAccountQuota
{
    public const int Limit = 2;

    public Task<int> EnabledAccountLimitAsync(long enterpriseId, CancellationToken ct) => Task.FromResult(Limit);
}
