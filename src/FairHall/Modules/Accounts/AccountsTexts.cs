using FairHall.Platform.Localization;

namespace FairHall.Modules.Accounts;

internal sealed class AccountsTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Accounts.Login.Title", "登录", "Sign in"),
        new("Accounts.Login.Submit", "登录", "Sign in"),
        new("Accounts.UserName", "账号", "User name"),
        new("Accounts.Password", "密码", "Password"),
        new("Accounts.UserNameRequired", "请输入账号。", "Enter your user name."),
        new("Accounts.PasswordRequired", "请输入密码。", "Enter your password."),
        new("Accounts.Account.Title", "我的账号", "My account"),
        new("Accounts.DisplayName", "名称", "Name"),
        new("Accounts.Roles", "角色", "Roles"),
        new("error.invalid_credentials", "账号或密码错误。", "The user name or password is wrong."),
        new("error.account_locked", "密码连续错误次数过多，账号已锁定，请联系所属交易团解锁。",
            "Too many wrong passwords: the account is locked. Ask your trade delegation to unlock it."),
    ];
}
