using Claro.Localization;
using Xunit;

namespace Claro.Tests.Localization;

public class PoParserTests
{
    private const string FileName = "translations/es.po";

    private static PoCatalog Parse(string text, string culture = "es") =>
        PoParser.Parse(new StringReader(text), FileName, culture);

    private static PoParseException ParseError(string text) =>
        Assert.Throws<PoParseException>(() => Parse(text));

    [Fact]
    public void Simple_entry_is_translated()
    {
        var catalog = Parse("""
            msgid "Save"
            msgstr "Guardar"
            """);

        Assert.Equal("Guardar", catalog.Find(null, "Save"));
        Assert.Equal(1, catalog.Count);
        Assert.Equal("es", catalog.Culture);
    }

    [Fact]
    public void Unknown_message_is_missing()
    {
        var catalog = Parse("""
            msgid "Save"
            msgstr "Guardar"
            """);

        Assert.Null(catalog.Find(null, "Cancel"));
    }

    [Fact]
    public void Entries_are_separated_by_blank_lines_and_comments_are_ignored()
    {
        var catalog = Parse("""
            # Translator comment
            #. Extracted comment
            #: Pages/Index.cshtml:12
            #| msgid "Old"
            msgid "Save"
            msgstr "Guardar"

            #~ msgid "Obsolete"
            #~ msgstr "Obsoleto"

            msgid "Cancel"
            msgstr "Cancelar"
            """);

        Assert.Equal("Guardar", catalog.Find(null, "Save"));
        Assert.Equal("Cancelar", catalog.Find(null, "Cancel"));
        Assert.Null(catalog.Find(null, "Obsolete"));
        Assert.Equal(2, catalog.Count);
    }

    [Fact]
    public void Entry_may_follow_another_without_a_blank_line()
    {
        var catalog = Parse("""
            msgid "Save"
            msgstr "Guardar"
            msgctxt "Menu"
            msgid "Cancel"
            msgstr "Cancelar"
            msgid "Close"
            msgstr "Cerrar"
            """);

        Assert.Equal("Guardar", catalog.Find(null, "Save"));
        Assert.Equal("Cancelar", catalog.Find("Menu", "Cancel"));
        Assert.Equal("Cerrar", catalog.Find(null, "Close"));
    }

    [Fact]
    public void Same_msgid_is_told_apart_by_msgctxt()
    {
        var catalog = Parse("""
            msgctxt "Claro.Pages.Door"
            msgid "Open"
            msgstr "Abrir"

            msgctxt "Claro.Pages.Shop"
            msgid "Open"
            msgstr "Abierto"

            msgid "Open"
            msgstr "Abrir (general)"
            """);

        Assert.Equal("Abrir", catalog.Find("Claro.Pages.Door", "Open"));
        Assert.Equal("Abierto", catalog.Find("Claro.Pages.Shop", "Open"));
        Assert.Equal("Abrir (general)", catalog.Find(null, "Open"));
        Assert.Null(catalog.Find("Claro.Pages.Other", "Open"));
    }

    [Theory]
    [InlineData(@"a\nb", "a\nb")]
    [InlineData(@"a\tb", "a\tb")]
    [InlineData(@"say \""hi\""", "say \"hi\"")]
    [InlineData(@"back\\slash", @"back\slash")]
    [InlineData(@"\r\a\b\f\v", "\r\a\b\f\v")]
    [InlineData(@"what\? it\'s", "what? it's")]
    [InlineData(@"\101\102", "AB")]
    [InlineData(@"\x41\x4a", "AJ")]
    [InlineData(@"caf\303\251", "café")]
    [InlineData(@"caf\xc3\xa9!", "café!")]
    [InlineData("caf\u00e9 \u4e2d\u6587", "café 中文")]
    public void Escapes_are_decoded(string escaped, string expected)
    {
        var catalog = Parse($"""
            msgid "key"
            msgstr "{escaped}"
            """);

        Assert.Equal(expected, catalog.Find(null, "key"));
    }

    [Fact]
    public void Lines_holding_only_a_string_continue_the_keyword_above()
    {
        var catalog = Parse("""
            msgctxt ""
            "Claro."
            "Pages"
            msgid ""
            "A long "
            "message"
            msgstr ""
            "Un mensaje "
            "largo\n"
              "con sangría"
            """);

        Assert.Equal("Un mensaje largo\ncon sangría", catalog.Find("Claro.Pages", "A long message"));
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_are_accepted()
    {
        var catalog = Parse("\uFEFFmsgid \"Save\"\r\nmsgstr \"Guardar\"\r\n\r\nmsgid \"Cancel\"\r\nmsgstr \"Cancelar\"\r\n");

        Assert.Equal("Guardar", catalog.Find(null, "Save"));
        Assert.Equal("Cancelar", catalog.Find(null, "Cancel"));
    }

    [Fact]
    public void Empty_msgstr_is_untranslated()
    {
        var catalog = Parse("""
            msgid "Save"
            msgstr ""
            """);

        Assert.Null(catalog.Find(null, "Save"));
        Assert.Equal(0, catalog.Count);
    }

    [Fact]
    public void Plural_entry_with_an_empty_form_is_untranslated()
    {
        var catalog = Parse("""
            msgid "{0} file"
            msgid_plural "{0} files"
            msgstr[0] "{0} archivo"
            msgstr[1] ""
            """);

        Assert.Null(catalog.FindPlural(null, "{0} file", 1));
    }

    [Fact]
    public void Fuzzy_entries_are_ignored()
    {
        var catalog = Parse("""
            #, fuzzy
            msgid "Save"
            msgstr "Guardar"

            #, c-format, fuzzy
            msgid "Cancel"
            msgstr "Cancelar"

            #, c-format
            msgid "Close"
            msgstr "Cerrar"
            """);

        Assert.Null(catalog.Find(null, "Save"));
        Assert.Null(catalog.Find(null, "Cancel"));
        Assert.Equal("Cerrar", catalog.Find(null, "Close"));
    }

    [Fact]
    public void Fuzzy_header_is_still_used()
    {
        var catalog = Parse("""
            #, fuzzy
            msgid ""
            msgstr ""
            "Language: es\n"
            "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\n"
            """);

        Assert.Equal(3, catalog.PluralRule.FormCount);
    }

    [Fact]
    public void Header_is_not_a_translation()
    {
        var catalog = Parse("""
            msgid ""
            msgstr "Content-Type: text/plain; charset=UTF-8\n"
            """);

        Assert.Null(catalog.Find(null, ""));
        Assert.Equal(0, catalog.Count);
    }

    [Theory]
    [InlineData(0, "{0} archivos")]
    [InlineData(1, "{0} archivo")]
    [InlineData(2, "{0} archivos")]
    public void Plural_forms_follow_the_header_rule(long n, string expected)
    {
        var catalog = Parse("""
            msgid ""
            msgstr ""
            "Plural-Forms: nplurals=2; plural=(n != 1);\n"

            msgid "{0} file"
            msgid_plural "{0} files"
            msgstr[0] "{0} archivo"
            msgstr[1] "{0} archivos"
            """);

        Assert.Equal(expected, catalog.FindPlural(null, "{0} file", n));
    }

    [Theory]
    [InlineData("es", 0, "many")]
    [InlineData("es", 1, "one")]
    [InlineData("es-MX", 2, "many")]
    [InlineData("fr", 0, "one")]
    [InlineData("fr", 1, "one")]
    [InlineData("fr", 2, "many")]
    public void Plural_forms_without_a_header_follow_the_built_in_rule(string culture, long n, string expected)
    {
        var catalog = Parse("""
            msgid "{0} file"
            msgid_plural "{0} files"
            msgstr[0] "one"
            msgstr[1] "many"
            """, culture);

        Assert.Equal(expected, catalog.FindPlural(null, "{0} file", n));
    }

    [Fact]
    public void Language_with_one_form_uses_it_for_every_count()
    {
        var catalog = Parse("""
            msgid "{0} file"
            msgid_plural "{0} files"
            msgstr[0] "{0} 個のファイル"
            """, "ja");

        Assert.Equal("{0} 個のファイル", catalog.FindPlural(null, "{0} file", 1));
        Assert.Equal("{0} 個のファイル", catalog.FindPlural(null, "{0} file", 7));
    }

    [Theory]
    [InlineData(1, "plik")]
    [InlineData(2, "pliki")]
    [InlineData(4, "pliki")]
    [InlineData(5, "plików")]
    [InlineData(12, "plików")]
    [InlineData(22, "pliki")]
    [InlineData(0, "plików")]
    public void Polish_has_three_plural_forms(long n, string expected)
    {
        var catalog = PoParser.Parse(new StringReader("""
            msgid ""
            msgstr ""
            "Language: pl\n"
            "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

            msgid "file"
            msgid_plural "files"
            msgstr[0] "plik"
            msgstr[1] "pliki"
            msgstr[2] "plików"
            """), "translations/pl.po", "pl");

        Assert.Equal(expected, catalog.FindPlural(null, "file", n));
    }

    [Fact]
    public void Find_gives_the_first_form_of_a_plural_entry()
    {
        var catalog = Parse("""
            msgid "file"
            msgid_plural "files"
            msgstr[0] "archivo"
            msgstr[1] "archivos"
            """);

        Assert.Equal("archivo", catalog.Find(null, "file"));
    }

    [Fact]
    public void FindPlural_ignores_an_entry_without_msgid_plural()
    {
        var catalog = Parse("""
            msgid "file"
            msgstr "archivo"
            """);

        Assert.Null(catalog.FindPlural(null, "file", 2));
    }

    [Fact]
    public void Unterminated_string_names_file_and_line()
    {
        var error = ParseError("""
            msgid "Save"
            msgstr "Guardar"

            msgid "Cancel
            msgstr "Cancelar"
            """);

        Assert.Equal("translations/es.po:4: unterminated string", error.Message);
        Assert.Equal(FileName, error.FileName);
        Assert.Equal(4, error.Line);
    }

    [Theory]
    [InlineData("msgid \"a\nmsgstr \"b\"", 1, "unterminated string")]
    [InlineData("msgid \"a\\\"\nmsgstr \"b\"", 1, "unterminated string")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\"c", 3, "unterminated string")]
    [InlineData("msgstr \"b\"\nmsgid \"a\"", 1, "msgstr before msgid")]
    [InlineData("msgctxt \"c\"\nmsgstr \"b\"", 2, "msgstr before msgid")]
    [InlineData("msgid \"a\"\nmsgctxt \"c\"\nmsgstr \"b\"", 2, "msgctxt after msgid")]
    [InlineData("msgctxt \"c\"\nmsgctxt \"d\"\nmsgid \"a\"\nmsgstr \"b\"", 2, "msgctxt repeated")]
    [InlineData("msgid \"a\"\nmsgid \"b\"\nmsgstr \"c\"", 2, "msgid repeated without msgstr")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgstr \"c\"", 3, "msgstr repeated")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\nmsgid_plural \"c\"", 3, "msgid_plural after msgstr")]
    [InlineData("msgid_plural \"a\"", 1, "msgid_plural before msgid")]
    [InlineData("msgid \"a\"\nmsgtxt \"b\"", 2, "unknown keyword 'msgtxt'")]
    [InlineData("msgstr[0] \"b\"", 1, "msgstr[0] before msgid")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgid_plural \"at\"", 3, "msgid_plural repeated")]
    [InlineData("msgid \"a\"\nmsgstr[x] \"b\"", 2, "unknown keyword 'msgstr[x]'")]
    [InlineData("\nmsgid \"a\"\nmsgstr[0] \"b\"", 3, "msgstr[0] without msgid_plural")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"", 3, "msgstr in a plural entry, expected msgstr[0]")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"", 3, "msgstr[1] out of order, expected msgstr[0]")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"\nmsgstr[0] \"c\"", 4, "msgstr[0] out of order, expected msgstr[1]")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"a\"\nmsgstr \"c\"", 4, "duplicate msgid \"a\"")]
    [InlineData("msgctxt \"x\"\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"x\"\nmsgid \"a\"\nmsgstr \"c\"", 5, "duplicate msgid \"a\" with msgctxt \"x\"")]
    [InlineData("msgid \"a\"\nmsgstr \"b\\q\"", 2, "invalid escape sequence '\\q'")]
    [InlineData("msgid \"a\"\nmsgstr \"b\\x\"", 2, "invalid escape sequence '\\x'")]
    [InlineData("msgid \"a\"\nmsgstr \"b\\777\"", 2, "invalid escape sequence '\\777'")]
    [InlineData("msgid \"a\"\nmsgstr \"\\377\"", 2, "escaped bytes are not valid UTF-8")]
    [InlineData("msgid \"a\"\nmsgstr \"b\" c", 2, "text outside quotes")]
    [InlineData("msgid \"a\"\nmsgstr b", 2, "text outside quotes")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n= \"c\"", 3, "text outside quotes")]
    [InlineData("msgid \"a\"\nmsgstr", 2, "missing string after msgstr")]
    [InlineData("\"a\"\nmsgid \"a\"\nmsgstr \"b\"", 1, "string without a keyword")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\n\"c\"", 4, "string without a keyword")]
    [InlineData("msgid \"a\"\n\nmsgstr \"b\"", 1, "msgid without msgstr")]
    [InlineData("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"", 4, "msgid without msgstr")]
    [InlineData("msgctxt \"c\"\n\nmsgid \"a\"\nmsgstr \"b\"", 1, "msgctxt without msgid")]
    [InlineData("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"b\"", 1, "expected 2 plural forms, found 1")]
    public void Malformed_input_names_the_line(string text, int line, string reason)
    {
        var error = ParseError(text);

        Assert.Equal(line, error.Line);
        Assert.Equal(reason, error.Reason);
        Assert.Equal($"{FileName}:{line}: {reason}", error.Message);
    }

    [Theory]
    [InlineData("nplurals=2; plural=(n != 1", "invalid plural expression: expected ')' at end of expression")]
    [InlineData("nplurals=two; plural=(n != 1);", "invalid Plural-Forms: nplurals must be a positive integer, found 'two'")]
    [InlineData("plural=(n != 1);", "invalid Plural-Forms: both nplurals and plural are required")]
    [InlineData("nplurals=INTEGER; plural=EXPRESSION;", "invalid Plural-Forms: nplurals must be a positive integer, found 'INTEGER'")]
    public void Malformed_plural_forms_names_the_header_line(string pluralForms, string reason)
    {
        var error = ParseError($"""
            msgid ""
            msgstr ""
            "Project-Id-Version: Claro\n"
            "Plural-Forms: {pluralForms}\n"
            "Language: es\n"
            """);

        Assert.Equal(4, error.Line);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public void Header_on_one_line_names_that_line()
    {
        var error = ParseError("""
            # Spanish
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=n ! 1;\n"
            """);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("invalid plural expression", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plural_form_count_must_match_the_header()
    {
        var text = """
            msgid ""
            msgstr "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"

            msgid "file"
            msgid_plural "files"
            msgstr[0] "plik"
            msgstr[1] "pliki"
            """;

        var error = Assert.Throws<PoParseException>(() => PoParser.Parse(new StringReader(text), "translations/pl.po", "pl"));

        Assert.Equal("translations/pl.po:4: expected 3 plural forms, found 2", error.Message);
    }
}
