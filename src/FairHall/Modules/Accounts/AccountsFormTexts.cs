using FairHall.Platform.Localization;

namespace FairHall.Modules.Accounts;

/// <summary>Texts of the registration (/register) and forgotten-password pages.</summary>
internal sealed class AccountsFormTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Accounts.Register.Title", "用户注册", "Register"),
        new("Accounts.Register.Intro", "请选择注册类型。境内用户使用中国大陆手机号和短信验证码注册，境外用户使用电子邮箱和邮件验证码注册。",
            "Choose what you register as. Mainland China users register with a mobile phone and an SMS code, overseas users with an e-mail address and an e-mail code."),
        new("Accounts.Register.ChooseType", "注册类型", "Register as"),
        new("Accounts.Register.Desc.ExhibitorEnterprise", "参展企业，企业标识 + 用户名登录", "Exhibiting company; signs in with identifier + username"),
        new("Accounts.Register.Desc.VisitorEnterprise", "参观、参会企业", "Company visiting or attending"),
        new("Accounts.Register.Desc.Individual", "个人参观、参会", "Visiting or attending in person"),
        new("Accounts.Register.Desc.Media", "媒体记者采访报道", "Journalists covering the fair"),
        new("Accounts.Register.Desc.Institution", "组展机构、商协会等", "Organizing institutions, associations"),
        new("Accounts.Register.Desc.Buyer", "境内外采购商", "Buyers from China and abroad"),
        new("Accounts.Register.Canton", "广交会参展企业（系统生成账号）请使用", "Canton Fair exhibitors (generated account) use"),
        new("Accounts.Register.Domestic", "境内用户", "Mainland China"),
        new("Accounts.Register.OverseasTab", "境外用户", "Overseas"),
        new("Accounts.Register.SignInOrg", "登录时使用企业标识 + 用户名 + 密码。", "You will sign in with identifier + username + password."),
        new("Accounts.Register.SignInPersonal", "登录时使用用户名 + 密码。", "You will sign in with username + password."),
        new("Accounts.Register.DisplayName", "显示名称（选填）", "Display name (optional)"),
        new("Accounts.Register.Submit", "注册", "Register"),
        new("Accounts.Register.Done", "注册成功，已为您登录", "Registered: you are signed in"),
        new("Accounts.Register.NextTimeOrg", "下次请在登录页“企业/机构用户登录”中输入以下企业标识、用户名和您设置的密码。",
            "Next time, use \"Organization sign-in\" on the sign-in page with this identifier, username and your password."),
        new("Accounts.Register.NextTimePersonal", "下次请使用以下账号和您设置的密码登录。", "Next time, sign in with this username and your password."),
        new("Accounts.Register.Continue", "进入我的账号", "Go to my account"),
        new("Accounts.Register.HaveAccount", "已有账号？", "Already registered?"),
        new("Accounts.CodeSentEmail", "验证码已发送到邮箱，10 分钟内有效。", "The code was e-mailed; it is valid for 10 minutes."),
        new("Accounts.Forgot.Title", "找回密码", "Forgotten password"),
        new("Accounts.Forgot.Intro", "验证码将发送到账号绑定的手机号或已验证的邮箱，验证后设置新密码。",
            "We send a code to the account's bound phone or verified e-mail; with it you set a new password."),
        new("Accounts.Forgot.BySms", "手机短信", "By SMS"),
        new("Accounts.Forgot.ByEmail", "电子邮箱", "By e-mail"),
        new("Accounts.Forgot.IdentifierOptional", "企业/机构标识（选填）", "Enterprise identifier (optional)"),
        new("Accounts.Forgot.IdentifierHint", "企业/机构用户填写企业标识；个人用户和系统生成的账号请留空。",
            "Organization users enter their identifier; individuals and generated accounts leave it empty."),
        new("Accounts.Forgot.SentSms", "如该账号已绑定手机号，验证码已发送到该手机，10 分钟内有效。",
            "If the account has a bound phone, a code was texted to it; it is valid for 10 minutes."),
        new("Accounts.Forgot.SentEmail", "如该账号已验证邮箱，验证码已发送到该邮箱，10 分钟内有效。",
            "If the account has a verified e-mail, a code was sent to it; it is valid for 10 minutes."),
        new("Accounts.Forgot.Submit", "设置新密码", "Set new password"),
        new("Accounts.Forgot.Done", "密码已重置，请使用新密码登录。", "Your password was changed: sign in with the new one."),
        new("Accounts.Forgot.ToLogin", "去登录", "Sign in"),
        // Chinese uses a full-width colon.
        new("Accounts.PhoneIs", "手机号：{0}", "Phone: {0}"),
        new("Accounts.SubAccounts.ZoneCount", "负责展区：{0}", "Zones: {0}"),
        new("Accounts.SubAccounts.SentBySms", "初始密码已通过短信发送到所填手机号。", "The password was also texted to the phone given."),
    ];
}
