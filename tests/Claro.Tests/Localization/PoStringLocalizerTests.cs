using System.Globalization;
using Claro.Localization;
using Claro.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Xunit;

namespace Claro.Tests.Localization;

public class PoStringLocalizerTests
{
    private const string Spanish = """
        msgid ""
        msgstr ""
        "Language: es\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\n"

        msgid "Save"
        msgstr "Guardar"

        msgid "Open"
        msgstr "Abrir"

        msgctxt "Claro.Tests.Localization.ShopPage"
        msgid "Open"
        msgstr "Abierto"

        msgid "Hello, {0}!"
        msgstr "¡Hola, {0}!"

        msgid "Total: {0:N1}"
        msgstr "Importe: {0:N1}"

        msgid "Broken {0}"
        msgstr "Roto {1}"

        msgid "{0} file"
        msgid_plural "{0} files"
        msgstr[0] "{0} archivo"
        msgstr[1] "{0} archivos"

        msgid "{1} has {0} file"
        msgid_plural "{1} has {0} files"
        msgstr[0] "{1} tiene {0} archivo"
        msgstr[1] "{1} tiene {0} archivos"
        """;

    private const string MexicanSpanish = """
        msgid "Save"
        msgstr "Salvar"

        msgid "Cancel"
        msgstr "Cancelar"
        """;

    private const string Polish = """
        msgid ""
        msgstr ""
        "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

        msgid "{0} file"
        msgid_plural "{0} files"
        msgstr[0] "{0} plik"
        msgstr[1] "{0} pliki"
        msgstr[2] "{0} plików"
        """;

    private static readonly PoTranslations Translations = new(
    [
        PoParser.Parse(new StringReader(Spanish), "translations/es.po", "es"),
        PoParser.Parse(new StringReader(MexicanSpanish), "translations/es-MX.po", "es-MX"),
        PoParser.Parse(new StringReader(Polish), "translations/pl.po", "pl"),
    ]);

    private static readonly PoStringLocalizerFactory Factory = new(Translations);

    private static PoStringLocalizer<T> Localizer<T>() => new(Factory);

    [Fact]
    public void Translated_string_is_returned_for_the_current_ui_culture()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer["Save"];

        Assert.Equal("Guardar", result.Value);
        Assert.Equal("Save", result.Name);
        Assert.False(result.ResourceNotFound);
        Assert.Equal(typeof(DoorPage).FullName, result.SearchedLocation);
    }

    [Fact]
    public void Missing_string_falls_back_to_the_key()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer["Delete"];

        Assert.Equal("Delete", result.Value);
        Assert.True(result.ResourceNotFound);
    }

    [Fact]
    public void Culture_without_a_file_shows_the_english_text()
    {
        using var _ = new UiCulture("en");
        var localizer = Localizer<DoorPage>();

        var result = localizer["Save"];

        Assert.Equal("Save", result.Value);
        Assert.True(result.ResourceNotFound);
    }

    [Fact]
    public void Specific_culture_falls_back_to_its_parent()
    {
        using var _ = new UiCulture("es-MX");
        var localizer = Localizer<DoorPage>();

        var own = localizer["Save"];
        var inherited = localizer["Hello, {0}!", "Ana"];

        Assert.Equal("Salvar", own.Value);
        Assert.Equal("¡Hola, Ana!", inherited.Value);
        Assert.False(inherited.ResourceNotFound);
    }

    [Fact]
    public void Typed_localizer_uses_the_type_full_name_as_context()
    {
        using var _ = new UiCulture("es");

        var inShop = Localizer<ShopPage>()["Open"];
        var atDoor = Localizer<DoorPage>()["Open"];

        Assert.Equal("Abierto", inShop.Value);
        Assert.Equal("Abrir", atDoor.Value);
    }

    [Fact]
    public void Message_without_context_in_the_culture_wins_over_the_parent_with_context()
    {
        var translations = new PoTranslations(
        [
            PoParser.Parse(new StringReader("msgctxt \"Shop\"\nmsgid \"Open\"\nmsgstr \"Abierto\""), "es.po", "es"),
            PoParser.Parse(new StringReader("msgid \"Open\"\nmsgstr \"Abrido\""), "es-MX.po", "es-MX"),
        ]);

        var found = translations.Find(CultureInfo.GetCultureInfo("es-MX"), "Shop", "Open");

        Assert.Equal("Abrido", found);
    }

    [Fact]
    public void Localizer_created_by_name_uses_the_base_name_as_context()
    {
        using var _ = new UiCulture("es");
        var localizer = Factory.Create("Claro.Tests.Localization.ShopPage", "Claro");

        var result = localizer["Open"];

        Assert.Equal("Abierto", result.Value);
        Assert.Equal("Claro.Tests.Localization.ShopPage", result.SearchedLocation);
    }

    [Fact]
    public void Arguments_are_formatted_with_the_current_culture()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer["Total: {0:N1}", 12345.5];

        Assert.Equal("Importe: 12.345,5", result.Value);
    }

    [Fact]
    public void Missing_string_with_arguments_formats_the_key()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer["Bye, {0}!", "Ana"];

        Assert.Equal("Bye, Ana!", result.Value);
        Assert.True(result.ResourceNotFound);
    }

    [Fact]
    public void Translation_with_a_broken_placeholder_falls_back_to_the_formatted_key()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer["Broken {0}", "x"];

        Assert.Equal("Broken x", result.Value);
        Assert.True(result.ResourceNotFound);
    }

    [Theory]
    [InlineData("es", 1, "1 archivo")]
    [InlineData("es", 3, "3 archivos")]
    [InlineData("es-MX", 0, "0 archivos")]
    [InlineData("pl", 1, "1 plik")]
    [InlineData("pl", 22, "22 pliki")]
    [InlineData("pl", 25, "25 plików")]
    [InlineData("en", 1, "1 file")]
    [InlineData("en", 2, "2 files")]
    public void Plural_picks_the_form_for_the_count(string culture, long count, string expected)
    {
        using var _ = new UiCulture(culture);
        var localizer = Localizer<DoorPage>();

        var result = localizer.Plural(count, "{0} file", "{0} files");

        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void Plural_without_translation_reports_resource_not_found()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer.Plural(2, "{0} folder", "{0} folders");

        Assert.Equal("2 folders", result.Value);
        Assert.Equal("{0} folder", result.Name);
        Assert.True(result.ResourceNotFound);
    }

    [Fact]
    public void Plural_with_arguments_formats_them_instead_of_the_count()
    {
        using var _ = new UiCulture("es");
        var localizer = Localizer<DoorPage>();

        var result = localizer.Plural(2, "{1} has {0} file", "{1} has {0} files", 2, "Ana");

        Assert.Equal("Ana tiene 2 archivos", result.Value);
    }

    [Fact]
    public void Plural_on_another_localizer_picks_the_english_form()
    {
        var localizer = new UpperCaseLocalizer();

        var result = localizer.Plural(3, "{0} file", "{0} files");

        Assert.Equal("3 FILES", result.Value);
    }

    [Fact]
    public void All_strings_include_parent_cultures_only_when_asked()
    {
        using var _ = new UiCulture("es-MX");
        var localizer = Localizer<ShopPage>();

        var own = localizer.GetAllStrings(includeParentCultures: false).ToDictionary(s => s.Name, s => s.Value);
        var all = localizer.GetAllStrings(includeParentCultures: true).ToDictionary(s => s.Name, s => s.Value);

        Assert.Equal(new Dictionary<string, string> { ["Save"] = "Salvar", ["Cancel"] = "Cancelar" }, own);
        Assert.Equal("Salvar", all["Save"]);
        Assert.Equal("Abierto", all["Open"]);
        Assert.Equal("¡Hola, {0}!", all["Hello, {0}!"]);
    }

    [Fact]
    public void Load_reads_the_files_that_exist()
    {
        using var directory = new TempDirectory();
        directory.Write("es.po", "\uFEFFmsgid \"Save\"\nmsgstr \"Guardar\"\n");

        var translations = PoTranslations.Load(directory.Path, ["en", "es", "fr"]);

        Assert.Equal("Guardar", translations.Find(CultureInfo.GetCultureInfo("es"), null, "Save"));
        Assert.Null(translations.Find(CultureInfo.GetCultureInfo("fr"), null, "Save"));
    }

    [Fact]
    public void AddPoLocalization_resolves_typed_localizers_with_plural_support()
    {
        using var directory = new TempDirectory();
        directory.Write("es.po", Spanish);
        var services = new ServiceCollection().AddLocalization();

        services.AddPoLocalization(directory.Path, ["en", "es"]);
        using var provider = services.BuildServiceProvider();
        using var _ = new UiCulture("es");
        var localizer = provider.GetRequiredService<IStringLocalizer<ShopPage>>();

        Assert.IsType<PoStringLocalizerFactory>(provider.GetRequiredService<IStringLocalizerFactory>());
        Assert.Equal("Abierto", localizer["Open"].Value);
        Assert.Equal("2 archivos", localizer.Plural(2, "{0} file", "{0} files").Value);
    }

    [Fact]
    public void AddPoLocalization_stops_at_a_malformed_file()
    {
        using var directory = new TempDirectory();
        directory.Write("es.po", "msgid \"Save\"\nmsgstr \"Guardar\n");
        var services = new ServiceCollection();

        var error = Assert.Throws<PoParseException>(() => services.AddPoLocalization(directory.Path, ["es"]));

        Assert.Equal(Path.Combine(directory.Path, "es.po"), error.FileName);
        Assert.Equal(2, error.Line);
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public UiCulture(string name) =>
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }

    private sealed class UpperCaseLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name.ToUpperInvariant());

        public LocalizedString this[string name, params object[] arguments] =>
            new(name, string.Format(CultureInfo.InvariantCulture, name.ToUpperInvariant(), arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}

internal sealed class DoorPage;

internal sealed class ShopPage;
