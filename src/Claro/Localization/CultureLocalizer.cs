using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Claro.Localization;

/// <summary>
/// Strings in one fixed language, whatever the request's: what a short link's share message, its flyer
/// and a radio script need, written in the link's language for a staff member who reads another, and a
/// mail to the web team, in its recipient's language.
/// </summary>
public sealed class CultureLocalizer(IStringLocalizer inner, string culture) : IStringLocalizer, IPluralStringLocalizer
{
    private readonly CultureInfo _culture = CultureInfo.GetCultureInfo(culture);

    public string Culture => _culture.Name;

    public LocalizedString this[string name] => In(() => inner[name]);

    public LocalizedString this[string name, params object[] arguments] => In(() => inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => In(() => inner.GetAllStrings(includeParentCultures).ToList());

    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments) =>
        In(() => inner.Plural(count, singular, plural, arguments));

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
