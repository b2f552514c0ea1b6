using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Catalog.Booths;

/// <summary>CAT-7 booth (展台) statuses; only an approved booth is shown.</summary>
public enum BoothStatus
{
    /// <summary>草稿: saved, never submitted.</summary>
    Draft,

    /// <summary>待审核: waiting for the inviting institution; hidden.</summary>
    Pending,

    /// <summary>审核通过: shown.</summary>
    Approved,

    /// <summary>审核不通过: with the reason; the exhibitor edits and resubmits.</summary>
    Rejected,
}

/// <summary>What can happen to a booth.</summary>
public enum BoothAction
{
    /// <summary>保存.</summary>
    Save,

    /// <summary>提交审核.</summary>
    Submit,

    /// <summary>审核通过.</summary>
    Approve,

    /// <summary>审核不通过.</summary>
    Reject,
}

/// <summary>The booth's status machine as one table: every edit after the first submission goes back to review (seed 003).</summary>
public static class BoothTransitions
{
    public static BoothStatus? Next(BoothStatus from, BoothAction action) => (from, action) switch
    {
        (BoothStatus.Draft, BoothAction.Save) => BoothStatus.Draft,
        (BoothStatus.Draft, BoothAction.Submit) => BoothStatus.Pending,
        (BoothStatus.Draft, _) => null,

        (BoothStatus.Pending, BoothAction.Save or BoothAction.Submit) => BoothStatus.Pending,
        (BoothStatus.Pending, BoothAction.Approve) => BoothStatus.Approved,
        (BoothStatus.Pending, BoothAction.Reject) => BoothStatus.Rejected,

        (BoothStatus.Approved, BoothAction.Save) => BoothStatus.Pending,
        (BoothStatus.Approved, _) => null,

        (BoothStatus.Rejected, BoothAction.Save) => BoothStatus.Rejected,
        (BoothStatus.Rejected, BoothAction.Submit) => BoothStatus.Pending,
        (BoothStatus.Rejected, _) => null,

        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    public static Error Illegal(BoothStatus from, BoothAction action) => (from, action) switch
    {
        (_, BoothAction.Approve or BoothAction.Reject) => Error.Rule("booth_not_in_review"),
        (BoothStatus.Approved, BoothAction.Submit) => Error.Rule("booth_already_approved"),
        _ => Error.Rule("booth_transition_refused"),
    };
}

/// <summary>所属展会类型 (seed 003): one of four areas of the comprehensive exhibition, or fixed by one of eight sub-venues.</summary>
public enum BoothArea
{
    /// <summary>中国服务贸易成果专区.</summary>
    TradeAchievements,

    /// <summary>公共卫生防疫专区.</summary>
    PublicHealth,

    /// <summary>国别和省市专区.</summary>
    CountriesAndProvinces,

    /// <summary>服务贸易十二大领域企业专区.</summary>
    TwelveFields,

    /// <summary>文化服务.</summary>
    CulturalServices,

    /// <summary>金融服务.</summary>
    FinancialServices,

    /// <summary>冬季运动.</summary>
    WinterSports,

    /// <summary>旅游服务.</summary>
    TourismServices,

    /// <summary>教育服务.</summary>
    EducationServices,

    /// <summary>体育服务.</summary>
    SportsServices,

    /// <summary>服务机器人.</summary>
    ServiceRobots,

    /// <summary>5G通信服务.</summary>
    FiveGServices,
}

public static class BoothAreas
{
    /// <summary>The four areas an exhibitor of the comprehensive exhibition chooses from.</summary>
    public static readonly BoothArea[] Choosable = [BoothArea.TradeAchievements, BoothArea.PublicHealth, BoothArea.CountriesAndProvinces, BoothArea.TwelveFields];

    private static readonly Dictionary<string, BoothArea> SubVenues = new()
    {
        ["文化服务"] = BoothArea.CulturalServices,
        ["金融服务"] = BoothArea.FinancialServices,
        ["冬季运动"] = BoothArea.WinterSports,
        ["旅游服务"] = BoothArea.TourismServices,
        ["教育服务"] = BoothArea.EducationServices,
        ["体育服务"] = BoothArea.SportsServices,
        ["服务机器人"] = BoothArea.ServiceRobots,
        ["5G通信服务"] = BoothArea.FiveGServices,
    };

    /// <summary>The sub-venue an exhibitor registered for (its industry names one of the eight), which fixes the area.</summary>
    public static BoothArea? FixedBy(string? industry) => industry is not null && SubVenues.TryGetValue(industry.Trim(), out var a) ? a : null;
}
