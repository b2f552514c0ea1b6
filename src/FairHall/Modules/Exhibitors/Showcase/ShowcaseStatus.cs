using FairHall.Platform.Outcomes;

namespace FairHall.Modules.Exhibitors.Showcase;

/// <summary>CAT-1 enterprise info statuses (seed 000 表3, seed 001 表2).</summary>
public enum ShowcaseStatus
{
    /// <summary>资料未完善: a required field is missing; not shown, no new products.</summary>
    Incomplete,

    /// <summary>可展示: shown (when at least one product is listed).</summary>
    Displayable,

    /// <summary>待整改: the reviewer asked for rectification; not shown, no new products, until approved again.</summary>
    NeedsRectification,

    /// <summary>已封禁: banned by the organizer; not shown and not editable.</summary>
    Banned,
}

/// <summary>What can happen to enterprise info.</summary>
public enum ShowcaseAction
{
    /// <summary>管理员保存.</summary>
    Save,

    /// <summary>审核通过.</summary>
    Approve,

    /// <summary>审核驳回（待整改）.</summary>
    Reject,

    /// <summary>封禁 (organizer).</summary>
    Ban,

    /// <summary>解封 (organizer).</summary>
    Unban,
}

/// <summary>
/// The status machine of enterprise info as one table. <c>complete</c> says whether every required field is
/// filled after the move: the status is derived from it wherever the seed says so (资料未完善), but a request for
/// rectification (待整改) stays until the reviewer approves, and a ban until the organizer lifts it.
/// </summary>
public static class ShowcaseTransitions
{
    public static ShowcaseStatus? Next(ShowcaseStatus from, ShowcaseAction action, bool complete) => (from, action) switch
    {
        (ShowcaseStatus.Incomplete, ShowcaseAction.Save) => complete ? ShowcaseStatus.Displayable : ShowcaseStatus.Incomplete,
        (ShowcaseStatus.Incomplete, ShowcaseAction.Approve) => complete ? ShowcaseStatus.Displayable : ShowcaseStatus.Incomplete,
        (ShowcaseStatus.Incomplete, ShowcaseAction.Reject) => ShowcaseStatus.NeedsRectification,
        (ShowcaseStatus.Incomplete, ShowcaseAction.Ban) => ShowcaseStatus.Banned,
        (ShowcaseStatus.Incomplete, _) => null,

        (ShowcaseStatus.Displayable, ShowcaseAction.Save) => complete ? ShowcaseStatus.Displayable : ShowcaseStatus.Incomplete,
        (ShowcaseStatus.Displayable, ShowcaseAction.Approve) => complete ? ShowcaseStatus.Displayable : ShowcaseStatus.Incomplete,
        (ShowcaseStatus.Displayable, ShowcaseAction.Reject) => ShowcaseStatus.NeedsRectification,
        (ShowcaseStatus.Displayable, ShowcaseAction.Ban) => ShowcaseStatus.Banned,
        (ShowcaseStatus.Displayable, _) => null,

        (ShowcaseStatus.NeedsRectification, ShowcaseAction.Save) => ShowcaseStatus.NeedsRectification,
        (ShowcaseStatus.NeedsRectification, ShowcaseAction.Approve) => complete ? ShowcaseStatus.Displayable : ShowcaseStatus.Incomplete,
        (ShowcaseStatus.NeedsRectification, ShowcaseAction.Reject) => ShowcaseStatus.NeedsRectification,
        (ShowcaseStatus.NeedsRectification, ShowcaseAction.Ban) => ShowcaseStatus.Banned,
        (ShowcaseStatus.NeedsRectification, _) => null,

        (ShowcaseStatus.Banned, ShowcaseAction.Unban) => complete ? ShowcaseStatus.Displayable : ShowcaseStatus.Incomplete,
        (ShowcaseStatus.Banned, _) => null,

        _ => throw new ArgumentOutOfRangeException(nameof(from), from, null),
    };

    /// <summary>The typed error of a refused move (stable codes, texts in <see cref="ShowcaseTexts"/>).</summary>
    public static Error Illegal(ShowcaseStatus from, ShowcaseAction action) => (from, action) switch
    {
        (ShowcaseStatus.Banned, ShowcaseAction.Ban) => Error.Rule("showcase_already_banned"),
        (ShowcaseStatus.Banned, _) => Error.Rule("showcase_banned"),
        (_, ShowcaseAction.Unban) => Error.Rule("showcase_not_banned"),
        _ => Error.Rule("showcase_transition_refused"),
    };
}
