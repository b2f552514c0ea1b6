using FairHall.Platform.Localization;

namespace FairHall.Platform.Outbox;

internal sealed class OutboxTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Outbox.Title", "事件投递", "Event delivery"),
        new("Outbox.Hint", "通知、短信和邮件通过事件发件箱投递；失败的事件在此重试。",
            "Notifications, SMS and e-mail are delivered through the event outbox; retry failed events here."),
        new("Outbox.State.Pending", "待投递", "Waiting"),
        new("Outbox.State.Retrying", "重试中", "Retrying"),
        new("Outbox.State.Failed", "投递失败", "Failed"),
        new("Outbox.State.Processed", "已投递", "Delivered"),
        new("Outbox.Type", "事件类型", "Event type"),
        new("Outbox.OccurredAt", "发生时间", "Occurred"),
        new("Outbox.Attempts", "尝试次数", "Attempts"),
        new("Outbox.NextAttempt", "下次尝试", "Next attempt"),
        new("Outbox.LastError", "最近错误", "Last error"),
        new("Outbox.Retry", "立即重试", "Retry now"),
        new("Outbox.Retried", "已安排重试。", "The retry is scheduled."),
        new("Outbox.Empty", "没有此状态的事件。", "No events in this state."),
        new("error.outbox_already_processed", "该事件已投递，无需重试。", "This event was already delivered."),
    ];
}
