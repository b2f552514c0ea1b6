using FairHall.Platform.Localization;

namespace FairHall.Modules.Exhibitors.Onboarding;

internal sealed class OnboardingTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Nav.Qualification", "企业资质", "Qualification"),
        new("Nav.InvitationCodes", "邀请码", "Invitation codes"),
        new("Nav.Eligibility", "参展资格", "Eligibility"),
        new("Onboarding.Q.Title", "企业资质及参展展区", "Qualification and zones"),
        new("Onboarding.Q.Status.Pending", "待审核", "Pending"),
        new("Onboarding.Q.Status.Enabled", "已启用", "Enabled"),
        new("Onboarding.Q.Status.Rejected", "审核驳回", "Rejected"),
        new("Onboarding.Q.NotSubmitted", "请完善企业资质与参展展区信息，点击“保存”即提交交易团审核，视同提交线上参展申请。",
            "Complete your qualification and zones; saving submits them to your trade delegation as your online exhibition application."),
        new("Onboarding.Q.Waiting", "已提交，等待交易团审核。审核前仍可修改并重新保存。", "Submitted; waiting for your delegation. You may still change and save it."),
        new("Onboarding.Q.InReview", "交易团正在审核，暂不能修改。", "Your delegation is reviewing it; it cannot be changed now."),
        new("Onboarding.Q.EnabledHint", "企业已获线上参展资格。", "Your enterprise may exhibit online."),
        new("Onboarding.Q.RejectedHint", "未通过审核，原因：", "Not approved. Reason:"),
        new("Onboarding.Q.RejectedFix", "请根据原因修改后重新保存提交。", "Correct it and save to submit again."),
        new("Onboarding.Q.Saved", "已保存并提交审核。", "Saved and submitted for review."),
        new("Onboarding.Q.NameZh", "企业中文名称", "Chinese name"),
        new("Onboarding.Q.NameEn", "企业英文名称", "English name"),
        new("Onboarding.Q.CreditCode", "统一社会信用代码", "Unified social credit code"),
        new("Onboarding.Q.CreditCodeHint", "18位，见营业执照", "18 characters, on the business licence"),
        new("Onboarding.Q.CreditCodeInvalid", "统一社会信用代码不正确（应为18位且校验位正确）。", "This is not a valid unified social credit code (18 characters with a correct check character)."),
        new("Onboarding.Q.Licence", "营业执照", "Business licence"),
        new("Onboarding.Q.LicenceHint", "PDF、JPG 或 PNG，不超过 5 MB", "PDF, JPG or PNG, at most 5 MB"),
        new("Onboarding.Q.LicenceCurrent", "已上传：", "Uploaded:"),
        new("Onboarding.Q.LicenceRequired", "请上传营业执照。", "Upload the business licence."),
        new("Onboarding.Q.Region", "注册地", "Registered region"),
        new("Onboarding.Q.Zones", "申请参展展区", "Zones applied for"),
        new("Onboarding.Q.ZonesRequired", "请选择1至10个参展展区。", "Choose 1 to 10 zones."),
        new("Onboarding.Q.ZoneUnknown", "所选展区不属于本届或已停用。", "A chosen zone is not an active zone of this session."),
        new("Onboarding.Q.Taxpayer", "纳税人类型", "Taxpayer type"),
        new("Onboarding.Q.Taxpayer.General", "一般纳税人", "General taxpayer"),
        new("Onboarding.Q.Taxpayer.SmallScale", "小规模纳税人", "Small-scale taxpayer"),
        new("Onboarding.Q.Choose", "请选择", "Choose"),
        new("Onboarding.Q.ExportRecord", "已办理对外贸易经营者备案登记表", "Has the foreign-trade operator record form"),
        new("Onboarding.Q.Poverty", "是否为脱贫地区企业", "Poverty-area enterprise?"),
        new("Onboarding.Q.County", "所在脱贫县", "County"),
        new("Onboarding.Q.CountyRequired", "脱贫地区企业请选择所在县。", "Choose the county of a poverty-area enterprise."),
        new("Onboarding.Q.PovertyApproved", "脱贫地区企业身份已获交易团确认。", "Your delegation confirmed the poverty-area status."),
        new("Onboarding.Q.Submit", "保存并提交审核", "Save and submit"),
        new("Onboarding.Q.NoSession", "当前没有开放的届次。", "No session is open."),
        new("Onboarding.File.TooLarge", "文件不能超过 {0} MB。", "The file may be at most {0} MB."),
        new("Onboarding.File.WrongType", "文件内容不是 PDF、JPG 或 PNG。", "The file content is not a PDF, JPG or PNG."),
        new("error.qualification_already_enabled", "资质已启用，本届不能再修改。", "The qualification is enabled and cannot be changed this session."),
        new("error.qualification_not_pending", "资质不在待审核状态。", "The qualification is not pending."),
        new("error.enterprise_without_delegation", "企业尚未归属交易团，请联系组委会。", "Your enterprise does not belong to a trade delegation yet; contact the organizer."),
    ];
}
