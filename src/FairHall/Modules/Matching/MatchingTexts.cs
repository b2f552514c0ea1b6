using FairHall.Platform.Localization;

namespace FairHall.Modules.Matching;

internal sealed class MatchingTexts : ITextSource
{
    public IEnumerable<Text> Texts =>
    [
        new("Nav.Recommendations", "为您推荐", "For you"),
        new("Matching.Interests", "我的兴趣", "My interests"),
        new("Matching.InterestsHint", "选择所属行业和感兴趣的行业领域（最多 10 个兴趣标签），获得更精准的展商、展台和展品推荐。", "Choose your industry and up to 10 interest tags to get better recommendations of exhibitors, booths and products."),
        new("Matching.Industry", "所属行业", "Industry"),
        new("Matching.NoIndustry", "（不选择）", "(none)"),
        new("Matching.Tags", "感兴趣的行业领域", "Interest tags"),
        new("Matching.Zones", "展区及参数标签", "Zones and parameter tags"),
        new("Matching.WholeZone", "整个展区", "Whole zone"),
        new("Matching.Categories", "展品类别", "Product categories"),
        new("Matching.Chosen", "已选择", "Chosen"),
        new("Matching.Save", "保存兴趣", "Save interests"),
        new("Matching.Skip", "以后再说", "Later"),
        new("Matching.Saved", "兴趣已保存。", "Your interests are saved."),
        new("Matching.SeeRecommendations", "查看为您推荐", "See recommendations"),
        new("Matching.Welcome", "注册成功！可以选择兴趣标签（可跳过），以便为您推荐展商、展台和展品。", "You are registered! Optionally pick interest tags so that we can recommend exhibitors, booths and products."),
        new("Matching.Recommendations", "为您推荐", "Recommended for you"),
        new("Matching.RecommendationsHint", "根据您的所属行业和兴趣标签推荐。", "Based on your industry and interest tags."),
        new("Matching.More", "更多推荐", "More for you"),
        new("Matching.EditInterests", "修改兴趣", "Edit interests"),
        new("Matching.PickInterests", "选择兴趣标签后，我们会为您推荐匹配的展商、展台和展品。", "Pick your interest tags and we will recommend matching exhibitors, booths and products."),
        new("Matching.PickInterestsButton", "选择兴趣标签", "Pick interests"),
        new("Matching.SignInPrompt", "登录采购商账号并选择兴趣标签，即可获得个性化推荐。", "Sign in with a buyer account and pick interest tags to get recommendations."),
        new("Matching.BuyersOnly", "推荐仅面向采购商账号。", "Recommendations are for buyer accounts."),
        new("Matching.SignIn", "登录", "Sign in"),
        new("Matching.Exhibitors", "推荐展商", "Exhibitors"),
        new("Matching.Booths", "推荐展台", "Booths"),
        new("Matching.Products", "推荐展品", "Products"),
        new("Matching.NothingYet", "暂时没有匹配的内容，可以尝试增加兴趣标签。", "Nothing matches yet; try adding interest tags."),
        new("Matching.Invalid.Industry", "请从列表中选择所属行业。", "Choose an industry from the list."),
        new("Matching.Invalid.TooMany", "最多选择 {0} 个兴趣标签。", "Choose at most {0} interest tags."),
        new("Matching.Invalid.Tag", "兴趣标签不在本届展会的标签中：", "These interest tags are not in this session's vocabulary:"),
        new("error.no_current_session", "当前没有进行中的展会届次。", "There is no current fair session."),
    ];
}
