using FairHall.Platform.Localization;
using FluentValidation;

namespace FairHall.Modules.Fairs;

/// <summary>The fields every request that names a fair, zone or organization carries.</summary>
internal interface ICodeAndNames
{
    string? Code { get; }
    string? NameZh { get; }
    string? NameEn { get; }
}

/// <summary>A plain code and a bilingual name: the rules those fields share wherever they are typed.</summary>
internal sealed class CodeAndNameRules : AbstractValidator<ICodeAndNames>
{
    public CodeAndNameRules(TextCatalog texts)
    {
        RuleFor(x => x.Code).Code(texts);
        RuleFor(x => x.NameZh).NameZh(texts);
        RuleFor(x => x.NameEn).NameEn(texts);
    }
}
