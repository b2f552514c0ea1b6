using FairHall.Platform.Localization;

namespace FairHall.Platform.Audit;

internal sealed class AuditTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Audit.Title", "审计日志", "Audit log"),
        new("Audit.EntityType", "对象类型", "Entity type"),
        new("Audit.EntityId", "对象编号", "Entity id"),
        new("Audit.Actor", "操作人", "Actor"),
        new("Audit.ActorHint", "姓名或用户编号", "Name or user id"),
        new("Audit.From", "开始日期", "From"),
        new("Audit.To", "结束日期", "To"),
        new("Audit.At", "时间（北京时间）", "Time (Beijing)"),
        new("Audit.DateFormat", "请输入日期，格式为 2026-11-21，或完整时间。", "Enter a date like 2026-11-21, or a full time."),
        new("Audit.Action", "操作", "Action"),
        new("Audit.Filter", "筛选", "Filter"),
        new("Audit.Clear", "清除", "Clear"),
        new("Audit.Empty", "没有符合条件的记录。", "No entries match."),
        new("Audit.Detail", "审计详情", "Audit entry"),
        new("Audit.Field", "字段", "Field"),
        new("Audit.Before", "修改前", "Before"),
        new("Audit.After", "修改后", "After"),
        new("Audit.Back", "返回列表", "Back to the list"),
        new("Audit.Newest", "最新", "Newest"),
        new("Audit.Show", "详情", "Detail"),
        new("Audit.Action.create", "新建", "create"),
        new("Audit.Action.update", "修改", "update"),
        new("Audit.Action.delete", "删除", "delete"),
    ];
}
