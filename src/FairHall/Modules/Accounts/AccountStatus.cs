namespace FairHall.Modules.Accounts;

/// <summary>ACC-4: whether an account may sign in.</summary>
public enum AccountStatus
{
    /// <summary>启用.</summary>
    Enabled,

    /// <summary>停用 (手机号已解绑).</summary>
    Disabled,
}

public enum AccountAction
{
    /// <summary>启用.</summary>
    Enable,

    /// <summary>停用.</summary>
    Disable,
}

/// <summary>ACC-9: a CIFTIS staff member's duty (职责).</summary>
public enum StaffDuty
{
    /// <summary>业务代表: may negotiate and sign intents.</summary>
    BusinessRepresentative,

    /// <summary>顾问: may chat.</summary>
    Consultant,

    /// <summary>其他: neither.</summary>
    Other,
}

/// <summary>ACC-8, ROLE-6: what someone registered as.</summary>
public enum RegistrationType
{
    /// <summary>企业用户 · 参展商.</summary>
    ExhibitorEnterprise,

    /// <summary>企业用户 · 参观参会.</summary>
    VisitorEnterprise,

    /// <summary>个人用户 · 普通观众.</summary>
    Individual,

    /// <summary>媒体用户 · 媒体记者.</summary>
    Media,

    /// <summary>机构用户 (承办机构、组展机构、代表团).</summary>
    Institution,

    /// <summary>采购商 (个人).</summary>
    Buyer,
}

/// <summary>The one transition table of <see cref="AccountStatus"/>: null means the action is not allowed.</summary>
public static class AccountStatusRules
{
    public static AccountStatus? Next(AccountStatus from, AccountAction action) => (from, action) switch
    {
        (AccountStatus.Enabled, AccountAction.Disable) => AccountStatus.Disabled,
        (AccountStatus.Disabled, AccountAction.Enable) => AccountStatus.Enabled,
        (AccountStatus.Enabled, AccountAction.Enable) => null,
        (AccountStatus.Disabled, AccountAction.Disable) => null,
        _ => null,
    };
}
