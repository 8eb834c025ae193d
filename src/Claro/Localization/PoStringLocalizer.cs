using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Claro.Localization;

/// <summary>A localizer that can pick a plural form by count.</summary>
public interface IPluralStringLocalizer
{
    /// <summary>
    /// The translation of <paramref name="singular"/> in the plural form for <paramref name="count"/>,
    /// formatted with <paramref name="arguments"/>, or with the count alone when there are none.
    /// </summary>
    LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments);
}

/// <summary>Plural lookups on any <see cref="IStringLocalizer"/>.</summary>
public static class PluralLocalizerExtensions
{
    /// <summary>
    /// The translation of <paramref name="singular"/> in the plural form for <paramref name="count"/>;
    /// without one, <paramref name="singular"/> for 1 and <paramref name="plural"/> otherwise.
    /// <c>{0}</c> is the count when <paramref name="args"/> is empty.
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string singular, string plural, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (localizer is IPluralStringLocalizer pluralLocalizer)
        {
            return pluralLocalizer.GetPlural(count, singular, plural, args);
        }

        var english = PluralRule.English.FormIndex(count) == 0 ? singular : plural;
        return localizer[english, PoStringLocalizer.ArgumentsOrCount(args, count)];
    }
}

/// <summary>
/// The <see cref="IStringLocalizer{T}"/> registered by <c>AddPoLocalization</c>: looks messages up with
/// <c>typeof(T).FullName</c> as their context, and supports <see cref="PluralLocalizerExtensions.Plural"/>.
/// </summary>
public sealed class PoStringLocalizer<T> : IStringLocalizer<T>, IPluralStringLocalizer
{
    private readonly IStringLocalizer _inner;

    /// <summary>Creates the localizer for <typeparamref name="T"/> from <paramref name="factory"/>.</summary>
    public PoStringLocalizer(IStringLocalizerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _inner = factory.Create(typeof(T));
    }

    /// <inheritdoc />
    public LocalizedString this[string name] => _inner[name];

    /// <inheritdoc />
    public LocalizedString this[string name, params object[] arguments] => _inner[name, arguments];

    /// <inheritdoc />
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        _inner.GetAllStrings(includeParentCultures);

    /// <inheritdoc />
    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments) =>
        _inner.Plural(count, singular, plural, arguments);
}

/// <summary>
/// Looks strings up in <see cref="PoTranslations"/> for <see cref="CultureInfo.CurrentUICulture"/> under one
/// context, falling back to the English text (the key) with <see cref="LocalizedString.ResourceNotFound"/> set.
/// </summary>
internal sealed class PoStringLocalizer(PoTranslations translations, string? context) : IStringLocalizer, IPluralStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var translation = translations.Find(CultureInfo.CurrentUICulture, context, name);
            return new LocalizedString(name, translation ?? name, translation is null, context);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var translation = translations.Find(CultureInfo.CurrentUICulture, context, name);
            return Format(name, translation, name, arguments);
        }
    }

    public LocalizedString GetPlural(long count, string singular, string plural, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(singular);
        ArgumentNullException.ThrowIfNull(plural);
        var translation = translations.FindPlural(CultureInfo.CurrentUICulture, context, singular, count);
        var english = PluralRule.English.FormIndex(count) == 0 ? singular : plural;
        return Format(singular, translation, english, ArgumentsOrCount(arguments, count));
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>();
        foreach (var catalog in translations.CatalogsFor(CultureInfo.CurrentUICulture, includeParentCultures))
        {
            var withContext = context is null ? [] : catalog.Entries.Where(e => e.Context == context);
            foreach (var entry in withContext.Concat(catalog.Entries.Where(e => e.Context is null)))
            {
                if (seen.Add(entry.Id))
                {
                    yield return new LocalizedString(entry.Id, entry.Translations[0], false, context);
                }
            }
        }
    }

    internal static object[] ArgumentsOrCount(object[]? arguments, long count) =>
        arguments is { Length: > 0 } ? arguments : [count];

    /// <summary>Formats the translation, or the English text when there is none or it is not a valid format.</summary>
    private LocalizedString Format(string name, string? translation, string english, object[] arguments)
    {
        if (translation is not null)
        {
            try
            {
                return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, translation, arguments), false, context);
            }
            catch (FormatException)
            {
                // A translator's broken placeholder must not break the page: show the English text instead.
            }
        }

        return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, english, arguments), true, context);
    }
}
