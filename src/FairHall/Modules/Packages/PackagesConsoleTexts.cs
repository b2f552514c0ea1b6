using FairHall.Platform.Localization;

namespace FairHall.Modules.Packages;

internal sealed class PackagesConsoleTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Packages.Console.Nav", "套餐设置", "Packages"),
        new("Packages.Console.Session", "届次", "Session"),
        new("Packages.Console.Show", "查看", "Show"),
        new("Packages.Console.Tiers", "服务套餐", "Tiers"),
        new("Packages.Console.AddOns", "加量包", "Add-ons"),
        new("Packages.Console.Edit", "编辑", "Edit"),
        new("Packages.Console.EditTier", "编辑{0}", "Edit {0}"),
        new("Packages.Console.EditAddOn", "编辑加量包：{0}", "Edit add-on: {0}"),
        new("Packages.Console.Save", "保存", "Save"),
        new("Packages.Console.Cancel", "取消", "Cancel"),
        new("Packages.Console.Saved", "已保存。", "Saved."),
        new("Packages.Console.Range", "请输入 {0} 至 {1} 之间的整数。", "Enter a whole number from {0} to {1}."),
        new("Packages.Console.PriceRange", "价格须在 0 至 {0} 元之间。", "The price must be between ¥0 and ¥{0}."),
        new("Packages.Console.PriceFormat", "请输入金额（元），最多两位小数，如 6000 或 499.50。", "Enter an amount in yuan with at most two decimals, e.g. 6000 or 499.50."),
        new("Packages.Console.Flags", "功能", "Features"),
        new("Packages.Console.Quotas", "额度", "Quotas"),
        new("Packages.Console.Hint", "价格对之后的购买生效；额度和功能立即对本届所有持有该套餐的企业生效。", "Prices apply to purchases from now on; quotas and features apply at once to every holder of the tier in this session."),
    ];
}
