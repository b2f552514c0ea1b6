using FairHall.Platform.Localization;

namespace FairHall.Platform.Notifications;

internal sealed class NotificationsTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Notifications.Title", "消息", "Notifications"),
        new("Notifications.Unread", "未读", "unread"),
        new("Notifications.MarkRead", "标为已读", "Mark read"),
        new("Notifications.MarkAllRead", "全部标为已读", "Mark all read"),
        new("Notifications.Empty", "暂无消息。", "No notifications yet."),
        new("Notifications.Open", "查看", "Open"),
        new("Notifications.Newest", "最新", "Newest"),
        new("Notifications.Older", "更早", "Older"),

        new("Sms.Title", "短信发件箱（沙箱）", "SMS outbox (sandbox)"),
        new("Sms.SandboxHint", "沙箱模式：短信不会真正发出，而是保存在这里供查看。",
            "Sandbox mode: text messages are not sent to a carrier; they are kept here to read."),
        new("Sms.Phone", "手机号", "Phone"),
        new("Sms.Text", "内容", "Text"),
        new("Sms.Purpose", "用途", "Purpose"),
        new("Sms.SentAt", "时间", "Time"),
        new("Sms.Empty", "没有短信。", "No messages."),
        new("Sms.Detail", "短信详情", "Message detail"),
        new("Sms.Back", "返回列表", "Back to the list"),
        new("Sms.Show", "详情", "Detail"),
    ];
}
