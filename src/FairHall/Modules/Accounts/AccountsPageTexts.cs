using FairHall.Platform.Localization;

namespace FairHall.Modules.Accounts;

/// <summary>Texts of the Accounts pages (AccountsTexts holds field names and errors).</summary>
internal sealed class AccountsPageTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Accounts.Register.Link", "注册", "Register"),
        new("Accounts.RegisterExhibitor.Title", "展商注册", "Exhibitor registration"),
        new("Accounts.RegisterExhibitor.Intro", "填写企业信息并提交后，系统生成账号及初始密码并自动登录；首次登录需绑定手机号。",
            "Submit your enterprise's details: the system generates your account and an initial password and signs you in. The first sign-in binds a mobile phone."),
        new("Accounts.RegisterExhibitor.Submit", "提交注册", "Register"),
        new("Accounts.RegisterExhibitor.Done", "注册成功，您的账号已生成", "Registered: your account is ready"),
        new("Accounts.RegisterExhibitor.Continue", "下一步：绑定手机号", "Next: bind your phone"),
        new("Accounts.BindPhone.Title", "绑定手机号", "Bind your mobile phone"),
        new("Accounts.BindPhone.Intro", "为确保账户安全，首次登录需绑定手机号并完成短信验证。", "For your account's safety, bind a mobile phone with an SMS code before you continue."),
        new("Accounts.BindPhone.Submit", "绑定", "Bind"),
        new("Accounts.BindPhone.Done", "手机号已绑定。", "Your phone is bound."),
        new("Accounts.SubAccounts.Title", "子账号管理", "Sub-accounts"),
        new("Accounts.SubAccounts.Limit", "已启用 {0} / 上限 {1} 个账号（含管理员）", "{0} of {1} accounts enabled (admin included)"),
        new("Accounts.SubAccounts.New", "新建子账号", "New sub-account"),
        new("Accounts.SubAccounts.Create", "创建", "Create"),
        new("Accounts.SubAccounts.Created", "子账号已创建：", "Sub-account created:"),
        new("Accounts.SubAccounts.PasswordReset", "密码已重置：", "Password reset:"),
        new("Accounts.SubAccounts.Zones", "负责展区", "Zones"),
        new("Accounts.SubAccounts.BindZones", "展区负责人", "Zones"),
        new("Accounts.SubAccounts.Admin", "管理员", "Admin"),
        new("Accounts.SubAccounts.Empty", "还没有子账号。", "No sub-accounts yet."),
        new("Accounts.Zones.Title", "展区负责人：{0}", "Zones of {0}"),
        new("Accounts.Zones.Intro", "未绑定展区的账号无法添加或管理该展区展品。", "An account can add and manage products only in the zones it is bound to."),
        new("Accounts.Zones.Phase", "第 {0} 期", "Phase {0}"),
        new("Accounts.Zones.Saved", "已保存负责展区。", "Zones saved."),
        new("Accounts.Action.Enable", "启用", "Enable"),
        new("Accounts.Action.Disable", "停用", "Disable"),
        new("Accounts.Action.ResetPassword", "重置密码", "Reset password"),
        new("Accounts.Action.Unlock", "解锁", "Unlock"),
        new("Accounts.Action.UnbindPhone", "解绑手机号", "Unbind phone"),
        new("Accounts.Action.Rename", "改名", "Rename"),
        new("Accounts.Action.Done", "操作已完成。", "Done."),
        new("Accounts.Status", "状态", "Status"),
        new("Accounts.Actions", "操作", "Actions"),
        new("Accounts.Enterprise", "企业", "Enterprise"),
        new("Accounts.Delegation.Title", "企业账号服务", "Enterprise accounts"),
        new("Accounts.Delegation.Intro", "查询所属企业账号，为企业解锁账号、重置密码或解绑手机号。",
            "Find the accounts of your enterprises; unlock them, reset their passwords or unbind their phones."),
        new("Accounts.Delegation.Search", "账号、名称、企业或手机号", "Account, name, enterprise or phone"),
        new("Accounts.Delegation.All", "全部", "All"),
        new("Accounts.Delegation.LockedOnly", "仅已锁定", "Locked only"),
        new("Accounts.Delegation.NotLocked", "未锁定", "Not locked"),
        new("Accounts.Delegation.Find", "查询", "Search"),
        new("Accounts.Delegation.Next", "下一页", "Next page"),
        new("Accounts.Delegation.Empty", "没有符合条件的账号。", "No accounts match."),
        new("Accounts.Nav.SubAccounts", "子账号", "Sub-accounts"),
        new("Accounts.Nav.DelegationAccounts", "企业账号", "Enterprise accounts"),
    ];
}
