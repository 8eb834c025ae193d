using Claro.PoExtractor;
using Claro.Tests.Localization;
using Claro.Tests.Support;

namespace Claro.Tests.PoExtractor;

/// <summary>Every way a UI string reaches a localizer is found, with its context, plural, format flag and place; nothing else is.</summary>
public sealed class StringExtractorTests : IDisposable
{
    private const string Usings = "using Microsoft.Extensions.Localization;\nnamespace Site;\n";

    private readonly TempDirectory _repository = new();

    [Theory]
    [InlineData("class Page(IStringLocalizer<SiteText> text) { string Title => text[\"Hello\"]; }", "Hello")]
    [InlineData("class Page { private readonly IStringLocalizer _t; string Title => _t[\"Hello\"]; }", "Hello")]
    [InlineData("class Page { public IStringLocalizer<SiteText> T { get; set; } string Title => this.T[\"Hello\"]; }", "Hello")]
    [InlineData("static class Words { public static string Of(IStringLocalizer t, int n) => n switch { 1 => t[\"One\"], _ => t[\"Hello\"] }; }", "One|Hello")]
    [InlineData("class Page { void Run(IStringLocalizer<SiteText> text) { var t = text; Use(t[\"Hello\"]); } void Use(object o) { } }", "Hello")]
    [InlineData("class Page { void Run(IStringLocalizer text) { Use(text.GetString(\"Hello\")); } void Use(object o) { } }", "Hello")]
    [InlineData("class Page { void Run(IStringLocalizer text, bool b) { Use(text[b ? \"Yes\" : \"No\"]); } void Use(object o) { } }", "Yes|No")]
    [InlineData("class Page { void Run(IStringLocalizer text) { Use(text[\"Hello, \" + \"world\"]); } void Use(object o) { } }", "Hello, world")]
    [InlineData("class Page { void Run(System.Collections.Generic.Dictionary<string, string> text) { Use(text[\"key\"]); } void Use(object o) { } }", "")]
    [InlineData("class Page(IStringLocalizer text) { void Run(System.Collections.Generic.Dictionary<string, string> text) { Use(text[\"key\"]); } void Use(object o) { } }", "")]
    [InlineData("class Page { void Run(string text) { Use(text[0]); } void Use(object o) { } }", "")]
    public void Finds_the_texts_given_to_a_localizer_however_it_is_held(string code, string expected)
    {
        _repository.Write("Site/Page.cs", Usings + code);

        var extraction = Extract();

        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), extraction.Entries.Select(e => e.Id));
        Assert.Empty(extraction.Unread);
    }

    [Fact]
    public void A_class_that_implements_a_localizer_is_one_and_its_own_code_is_not_a_use()
    {
        _repository.Write("Site/Fixed.cs", Usings + """
            sealed class FixedLocalizer(IStringLocalizer inner) : IStringLocalizer
            {
                public LocalizedString this[string name] => inner[name];
                public LocalizedString this[string name, params object[] arguments] => inner[name, arguments];
                public System.Collections.Generic.IEnumerable<LocalizedString> GetAllStrings(bool all) => inner.GetAllStrings(all);
            }
            class Share(IStringLocalizer<SiteText> text)
            {
                string Message(string title) => new FixedLocalizer(text)["Read “{0}”", title];
            }
            """);

        var extraction = Extract();

        var entry = Assert.Single(extraction.Entries);
        Assert.Equal("Read “{0}”", entry.Id);
        Assert.True(entry.IsFormat);
        Assert.Empty(extraction.Unread);
    }

    [Fact]
    public void Plurals_formats_and_contexts_are_kept_and_every_use_is_referenced()
    {
        _repository.Write("Site/Shop.cs", Usings + """
            class Shop(IStringLocalizer<SiteText> text, IStringLocalizer<Shop> own)
            {
                object Count(int n) => text.Plural(n, "{0} file", "{0} files");
                object Open => own["Open"];
                object Greeting(string name) => text["Hello, {0}!", name];
                object Again => text["Open"];
                object AgainLater => text["Open"];
            }
            """);

        var entries = Extract().Entries.ToDictionary(e => (e.Context, e.Id));

        Assert.Equal("{0} files", entries[(null, "{0} file")].Plural);
        Assert.True(entries[(null, "{0} file")].IsFormat);
        Assert.True(entries[(null, "Hello, {0}!")].IsFormat);
        Assert.False(entries[(null, "Open")].IsFormat);
        Assert.Equal(["Site/Shop.cs:8", "Site/Shop.cs:9"], entries[(null, "Open")].References.Select(r => r.ToString()));
        Assert.Equal(["Site/Shop.cs:6"], entries[("Site.Shop", "Open")].References.Select(r => r.ToString()));
    }

    [Fact]
    public void Views_are_read_through_the_Razor_compiler_with_their_own_line_numbers()
    {
        _repository.Write("Site/_ViewImports.cshtml", "@using Microsoft.Extensions.Localization\n@inject IStringLocalizer<SiteText> T\n");
        _repository.Write("Site/Pages/Index.cshtml", """
            @page
            @model Site.IndexModel
            <h1>@T["Welcome"]</h1>
            <nav aria-label="@T["Other languages"]"></nav>
            @if (Model.Count > 0)
            {
                <p>@T.Plural(Model.Count, "{0} page", "{0} pages")</p>
            }
            @{ var words = Model.Words; }
            <p>@words["Printed words"]</p>
            """);
        _repository.Write("Site/Pages/Index.cshtml.cs", Usings + """
            class IndexModel
            {
                public int Count { get; }
                public IStringLocalizer Words { get; } = null!;
            }
            """);

        var extraction = Extract();

        Assert.Empty(extraction.Problems);
        Assert.Equal(
            ["Welcome @ Site/Pages/Index.cshtml:3", "Other languages @ Site/Pages/Index.cshtml:4", "{0} page @ Site/Pages/Index.cshtml:7", "Printed words @ Site/Pages/Index.cshtml:10"],
            extraction.Entries.Select(e => $"{e.Id} @ {string.Join(", ", e.References)}"));
    }

    [Fact]
    public void Fixed_refusal_sentences_count_where_the_staff_pages_show_them_and_sentences_with_values_do_not()
    {
        const string refusals = """
            namespace Site;
            enum RefusalKind { Invalid }
            sealed record Refusal(RefusalKind Kind, string Title, string Detail)
            {
                public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, "The request is not valid.", detail);
            }
            static class Rules
            {
                public static Refusal Check(string slug, bool source) =>
                    slug.Length == 0 ? Refusal.Invalid("Give the page a slug.")
                    : slug.Length > 9 ? Refusal.Invalid($"The slug is {slug.Length} characters long.")
                    : Refusal.Invalid(source ? "Only an Author can edit this." : "Only a Translator can edit this.");
            }
            """;
        _repository.Write("Site/Rules.cs", refusals);
        _repository.Write("Api/Rules.cs", refusals.Replace("namespace Site;", "namespace Api;", StringComparison.Ordinal));

        var extraction = StringExtractor.Extract(_repository.Path, new ExtractionScope(["Site", "Api"], ["Site"], []));

        Assert.Equal(
            ["The request is not valid.", "Give the page a slug.", "Only an Author can edit this.", "Only a Translator can edit this."],
            extraction.Entries.Select(e => e.Id));
        Assert.All(extraction.Entries, e => Assert.All(e.References, r => Assert.StartsWith("Site/", r.Path, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_refusal_over_a_limit_gives_its_template_as_a_format_and_not_the_limits_name()
    {
        _repository.Write("Site/Limits.cs", """
            namespace Site;
            enum RefusalKind { Invalid }
            sealed record Refusal(RefusalKind Kind, string Title, string Detail)
            {
                public static Refusal OverLimit(string limit, string template, params object[] values) =>
                    new(RefusalKind.Invalid, "The text is over a limit.", string.Format(template, values));
            }
            static class Limits
            {
                public static Refusal? Check(string body, string limitFromElsewhere) =>
                    body.Length > 9 ? Refusal.OverLimit("body-length", "The body is {0:N0} characters long; the limit is {1:N0}.", body.Length, 9)
                    : body.Length == 0 ? Refusal.OverLimit("empty", limitFromElsewhere, 0)
                    : null;
            }
            """);

        var extraction = StringExtractor.Extract(_repository.Path, new ExtractionScope(["Site"], ["Site"], []));

        Assert.Equal(["The text is over a limit.", "The body is {0:N0} characters long; the limit is {1:N0}."], extraction.Entries.Select(e => e.Id));
        Assert.True(extraction.Entries[1].IsFormat);
        var unread = Assert.Single(extraction.Unread);
        Assert.Equal("Site/Limits.cs:12 limitFromElsewhere", $"{unread.Where} {unread.Expression}");
    }

    [Fact]
    public void A_key_the_extractor_cannot_read_is_reported_with_its_place_unless_it_is_a_known_refusal_text()
    {
        _repository.Write("Site/Page.cs", Usings + """
            class Page(IStringLocalizer<SiteText> text)
            {
                object Title(string key) => text[key];
                object Shown(Refusal refusal) => text[refusal.Detail];
            }
            record Refusal(string Detail);
            """);

        var extraction = StringExtractor.Extract(_repository.Path, new ExtractionScope(["Site"], ["Site"], ["refusal.Detail"]));

        var unread = Assert.Single(extraction.Unread);
        Assert.Equal("Site/Page.cs:5 key", $"{unread.Where} {unread.Expression}");
    }

    [Fact]
    public void One_text_with_two_different_plurals_is_a_problem()
    {
        _repository.Write("Site/Page.cs", Usings + """
            class Page(IStringLocalizer<SiteText> text)
            {
                object A(int n) => text.Plural(n, "{0} file", "{0} files");
                object B => text["{0} file"];
            }
            """);

        var problem = Assert.Single(Extract().Problems);

        Assert.Contains("\"{0} file\" is used with different plurals", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_template_escapes_what_gettext_needs_and_GNU_msgfmt_accepts_it()
    {
        _repository.Write("Site/Page.cs", Usings + """
            class Page(IStringLocalizer<SiteText> text, IStringLocalizer<Page> own)
            {
                object A => text["Say \"hello\" to C:\\temp"];
                object B => text["Two\nlines"];
                object C(int n) => own.Plural(n, "{0} tab\there", "{0} tabs\there");
            }
            """);
        var pot = Extract().ToPot();
        var file = _repository.Write("claro.pot", pot);

        var (exitCode, errors) = await TranslationFilesTests.MsgfmtCheckAsync(file);

        Assert.True(exitCode == 0, errors);
        Assert.Contains("msgid \"Say \\\"hello\\\" to C:\\\\temp\"\n", pot, StringComparison.Ordinal);
        Assert.Contains("msgid \"\"\n\"Two\\n\"\n\"lines\"\n", pot, StringComparison.Ordinal);
        Assert.Contains("#, csharp-format\nmsgctxt \"Site.Page\"\nmsgid \"{0} tab\\there\"\nmsgid_plural \"{0} tabs\\there\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n", pot, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();

    private Extraction Extract() => StringExtractor.Extract(_repository.Path, new ExtractionScope(["Site"], ["Site"], []));
}
