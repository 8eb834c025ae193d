using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Localization;

/// <summary>
/// The site's strings in one fixed language, whatever the request's: what a short link's share
/// message and flyer need, written in the link's language for a staff member who reads another.
/// </summary>
internal sealed class CultureLocalizer(IStringLocalizer inner, string culture) : IStringLocalizer
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(culture);

    public LocalizedString this[string name] => In(() => inner[name]);

    public LocalizedString this[string name, params object[] arguments] => In(() => inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => In(() => inner.GetAllStrings(includeParentCultures).ToList());

    private T In<T>(Func<T> lookup)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = _culture;
        try
        {
            return lookup();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}
