using System.Security.Cryptography;
using System.Text;
using FairHall.Modules.Reviews;
using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Exhibitors.Onboarding;

/// <summary>The CIFTIS registration form (seed 003 PART 02), shared by registering and editing.</summary>
public sealed record CiftisForm(
    ParticipationType? ParticipationType, string? ContactName, string? ContactTitle, string? ContactPhone, string? ContactEmail,
    IReadOnlyList<string>? Purposes, string? Content, string? Needs, string? CompanyName, UnitNature? UnitNature, bool IsMainland,
    string? CreditCode, string? Industry, CompanyType? CompanyType, bool IsFortune500, string? Fortune500Name, string? Website, string? Intro)
{
    /// <summary>参展目的: the four choices of the seed form.</summary>
    public static readonly IReadOnlyList<string> PurposeChoices = ["policy", "peers", "partners", "trade"];

    public CiftisDetails ToDetails() => new(
        ParticipationType!.Value, ContactName!.Trim(), ContactTitle!.Trim(), ContactPhone!.Trim(), ContactEmail!.Trim(),
        [.. Purposes!.Distinct()], Content!.Trim(), Needs!.Trim(), CompanyName!.Trim(), UnitNature!.Value, IsMainland,
        string.IsNullOrWhiteSpace(CreditCode) ? null : Onboarding.CreditCode.Normalize(CreditCode), Industry!.Trim(), CompanyType!.Value,
        IsFortune500, IsFortune500 ? Fortune500Name?.Trim() : null, string.IsNullOrWhiteSpace(Website) ? null : Website.Trim(), Intro!.Trim());

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    public static ReviewSnapshot Snapshot(CiftisRegistration r, string code) => new(
    [
        new("CompanyName", "企业名称", "Company name", r.CompanyName),
        new("InvitationCode", "邀请码", "Invitation code", code),
        new("ParticipationType", "参展类型", "Participation", r.ParticipationType == Onboarding.ParticipationType.OnlineOnly ? "线上参展商 / Online only" : "线上线下参展商 / Online and offline"),
        new("CreditCode", "社会信用代码", "Credit code", r.CreditCode, Sensitive: true),
        new("UnitNature", "单位性质", "Unit nature", r.UnitNature.ToString()),
        new("CompanyType", "公司类型", "Company type", r.CompanyType.ToString()),
        new("Industry", "所属行业", "Industry", r.Industry),
        new("Fortune500", "财富世界500强", "Fortune Global 500", r.IsFortune500 ? r.Fortune500Name : "否 / No"),
        new("Website", "网址", "Website", r.Website),
        new("Intro", "单位简介", "Introduction", r.Intro),
        new("Contact", "联系人", "Contact", $"{r.ContactName} · {r.ContactTitle}"),
        new("ContactPhone", "联系人电话", "Contact phone", r.ContactPhone, Sensitive: true),
        new("ContactEmail", "联系人邮箱", "Contact e-mail", r.ContactEmail),
        new("Purposes", "参展目的", "Purposes", string.Join(", ", r.Purposes)),
        new("Content", "参展内容", "Content", r.Content),
        new("Needs", "参展需求", "Needs", r.Needs),
    ]);
}

internal sealed class CiftisFormRules : AbstractValidator<CiftisForm>
{
    public CiftisFormRules(TextCatalog texts)
    {
        RuleFor(x => x.ParticipationType).NotNull().IsInEnum().WithName(_ => texts.Get("Onboarding.C.ParticipationType"));
        RuleFor(x => x.ContactName).NotEmpty().MaximumLength(50).WithName(_ => texts.Get("Onboarding.C.ContactName"));
        RuleFor(x => x.ContactTitle).NotEmpty().MaximumLength(50).WithName(_ => texts.Get("Onboarding.C.ContactTitle"));
        RuleFor(x => x.ContactPhone).NotEmpty().Matches(@"^\+?[0-9][0-9 \-]{5,19}$").WithName(_ => texts.Get("Onboarding.C.ContactPhone"));
        RuleFor(x => x.ContactEmail).NotEmpty().EmailAddress().MaximumLength(100).WithName(_ => texts.Get("Onboarding.C.ContactEmail"));
        RuleFor(x => x.Purposes).Must(p => p is { Count: > 0 } && p.All(CiftisForm.PurposeChoices.Contains))
            .WithMessage(_ => texts.Get("Onboarding.C.PurposesRequired"));
        RuleFor(x => x.Content).NotEmpty().MaximumLength(1000).WithName(_ => texts.Get("Onboarding.C.Content"));
        RuleFor(x => x.Needs).NotEmpty().MaximumLength(1000).WithName(_ => texts.Get("Onboarding.C.Needs"));
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(200).WithName(_ => texts.Get("Onboarding.C.CompanyName"));
        RuleFor(x => x.UnitNature).NotNull().IsInEnum().WithName(_ => texts.Get("Onboarding.C.UnitNature"));
        // Mainland enterprises and institutions must give their code; others may, and then it must be right.
        RuleFor(x => x.CreditCode).NotEmpty().When(x => x.IsMainland && x.UnitNature == UnitNature.Enterprise).WithName(_ => texts.Get("Onboarding.Q.CreditCode"));
        RuleFor(x => x.CreditCode).Must(CreditCode.IsValid).When(x => !string.IsNullOrWhiteSpace(x.CreditCode))
            .WithMessage(_ => texts.Get("Onboarding.Q.CreditCodeInvalid"));
        RuleFor(x => x.Industry).NotEmpty().MaximumLength(100).WithName(_ => texts.Get("Onboarding.C.Industry"));
        RuleFor(x => x.CompanyType).NotNull().IsInEnum().WithName(_ => texts.Get("Onboarding.C.CompanyType"));
        RuleFor(x => x.Fortune500Name).NotEmpty().MaximumLength(200).When(x => x.IsFortune500).WithName(_ => texts.Get("Onboarding.C.Fortune500Name"));
        RuleFor(x => x.Website).MaximumLength(300)
            .Must(w => Uri.TryCreate(w, UriKind.Absolute, out var u) && (u.Scheme == "http" || u.Scheme == "https"))
            .When(x => !string.IsNullOrWhiteSpace(x.Website)).WithMessage(_ => texts.Get("Onboarding.C.WebsiteInvalid"));
        RuleFor(x => x.Intro).NotEmpty().Length(50, 1000).WithName(_ => texts.Get("Onboarding.C.Intro"));
    }
}
