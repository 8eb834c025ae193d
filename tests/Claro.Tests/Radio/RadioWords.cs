using Claro.Localization;
using Claro.Radio;
using Microsoft.Extensions.Localization;

namespace Claro.Tests.Radio;

/// <summary>The shipped PO files and pronunciation lists, as the site loads them, for one language.</summary>
internal static class RadioWords
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "translations");

    private static readonly PoStringLocalizerFactory Strings = new(PoTranslations.Load(Folder, ["en", "es"]));

    public static IStringLocalizer In(string culture) => new CultureLocalizer(Strings.Create("radio", ""), culture);

    public static Pronunciation PronunciationOf(string culture) => Pronunciation.Load(Folder, culture);
}
