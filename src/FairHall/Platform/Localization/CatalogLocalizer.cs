using System.Globalization;
using Microsoft.Extensions.Localization;

namespace FairHall.Platform.Localization;

/// <summary>The framework's <see cref="IStringLocalizer"/> over the text catalog: <c>@T["Nav.Home"]</c> in pages.</summary>
public sealed class CatalogLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name] =>
        new(name, catalog.Get(name), resourceNotFound: !catalog.Contains(name));

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, catalog.Get(name), arguments), resourceNotFound: !catalog.Contains(name));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.Keys.Select(k => this[k]);
}
