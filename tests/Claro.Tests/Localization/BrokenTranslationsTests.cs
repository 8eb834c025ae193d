using Claro.Localization;
using Claro.Tests.Support;

namespace Claro.Tests.Localization;

public sealed class BrokenTranslationsTests : IDisposable
{
    private readonly string _translations = Directory.CreateTempSubdirectory("claro-po-broken-").FullName;

    [Fact]
    public void A_PO_file_that_fails_to_parse_stops_start_up_naming_file_and_line()
    {
        File.WriteAllText(Path.Combine(_translations, "es.po"), "msgid \"Search\"\nmsgstr \"Buscar\"\n\nmsgid \"Skip to content\"\nmsgstr \"Ir al contenido\n");
        using var app = new ClaroApp(new() { ["Claro:TranslationsPath"] = _translations }, null);

        var error = Assert.Throws<PoParseException>(() => app.Reader());

        Assert.EndsWith("es.po", error.FileName, StringComparison.Ordinal);
        Assert.Equal(5, error.Line);
        Assert.Contains("es.po:5", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_translations, recursive: true);
}
