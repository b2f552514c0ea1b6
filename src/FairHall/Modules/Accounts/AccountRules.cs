using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Accounts;

/// <summary>The character rules of accounts (ACC-7) as FluentValidation rules, and generated passwords.</summary>
internal static partial class AccountRules
{
    /// <summary>ACC-7: 企业标识 4–20 letters, digits, "_", "-".</summary>
    public static IRuleBuilderOptions<T, string?> Identifier<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().Matches(IdentifierPattern()).WithMessage(_ => texts.Get("Accounts.IdentifierFormat"))
            .WithName(_ => texts.Get("Accounts.Identifier"));

    /// <summary>ACC-7: 用户名 4–20 lower-case letters, digits, "_", "-".</summary>
    public static IRuleBuilderOptions<T, string?> LoginName<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().Matches(LoginNamePattern()).WithMessage(_ => texts.Get("Accounts.LoginNameFormat"))
            .WithName(_ => texts.Get("Accounts.LoginName"));

    /// <summary>ACC-7: 8–20 characters containing letters and digits.</summary>
    public static IRuleBuilderOptions<T, string?> Password<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().Must(IsStrongEnough).WithMessage(_ => texts.Get("Accounts.PasswordFormat"))
            .WithName(_ => texts.Get("Accounts.Password"));

    /// <summary>A mainland China mobile number: 11 digits starting 13–19.</summary>
    public static IRuleBuilderOptions<T, string?> MainlandPhone<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().Matches(PhonePattern()).WithMessage(_ => texts.Get("Accounts.PhoneFormat"))
            .WithName(_ => texts.Get("Accounts.Phone"));

    public static IRuleBuilderOptions<T, string?> Email<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().MaximumLength(200).Matches(EmailPattern()).WithMessage(_ => texts.Get("Accounts.EmailFormat"))
            .WithName(_ => texts.Get("Accounts.Email"));

    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts) =>
        rule.NotEmpty().Matches("^[0-9]{6}$").WithMessage(_ => texts.Get("Accounts.CodeFormat"))
            .WithName(_ => texts.Get("Accounts.Code"));

    public static IRuleBuilderOptions<T, string?> PersonName<T>(this IRuleBuilder<T, string?> rule, TextCatalog texts, string nameKey) =>
        rule.NotEmpty().MaximumLength(100).WithName(_ => texts.Get(nameKey));

    public static bool IsStrongEnough(string? password) =>
        password is { Length: >= 8 and <= 20 } && password.Any(char.IsAsciiLetter) && password.Any(char.IsAsciiDigit)
        && password.All(c => c is > ' ' and <= '~');

    public static string Clean(string? s) => (s ?? "").Trim();

    public static string? CleanOrNull(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Enterprise names compare without surrounding or doubled blanks: "A  Co." is "A Co.".</summary>
    public static string EnterpriseName(string? s) => Spaces().Replace(Clean(s), " ");

    /// <summary>Identity's unique user name of a CIFTIS organization user (docs/adr/0005).</summary>
    public static string OrgUserName(string identifier, string loginName) => $"{identifier.Trim().ToLowerInvariant()}/{loginName.Trim()}";

    /// <summary>
    /// A generated password (ACC-1, ACC-9): 8 characters, letters and digits, without look-alikes (0/O, 1/l/I)
    /// so that it can be read aloud or typed from an SMS.
    /// </summary>
    public static string GeneratePassword(int length = 8)
    {
        const string letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        const string digits = "23456789";
        const string all = letters + digits;
        var chars = new char[length];
        chars[0] = letters[RandomNumberGenerator.GetInt32(letters.Length)];
        chars[1] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 2; i < length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{4,20}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[a-z0-9_-]{4,20}$")]
    private static partial Regex LoginNamePattern();

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
