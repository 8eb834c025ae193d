using System.ComponentModel;
using System.Diagnostics;
using Claro.Localization;
using Claro.PoExtractor;
using Claro.Tests.Support;

namespace Claro.Tests.Localization;

/// <summary>
/// The files translators work from: the template lists exactly the UI strings the code and the views use, the Spanish
/// file translates each of them and nothing else, and GNU gettext accepts every file.
/// </summary>
public sealed class TranslationFilesTests
{
    private const string Regenerate =
        $"Regenerate the template with `{StringExtractor.Command}` (from the repository), then bring each translation up to date with " +
        $"`msgmerge --update --backup=none translations/es.po {StringExtractor.TemplatePath}` and translate what it adds or marks fuzzy.";

    private static readonly Lazy<Extraction> Code = new(() => StringExtractor.Extract(RepositoryFolder.Root, ExtractionScope.Claro));

    /// <summary>The template and every translation.</summary>
    public static TheoryData<string> GettextFiles => FilesOfTranslations("*.po*");

    public static TheoryData<string> Translations => FilesOfTranslations("*.po");

    [Fact]
    public void The_template_lists_every_UI_string_the_code_and_the_views_use()
    {
        var written = File.ReadAllText(RepositoryFolder.Combine(StringExtractor.TemplatePath));
        var fresh = Code.Value.ToPot();

        Assert.Empty(Code.Value.Problems);
        if (written != fresh)
        {
            var writtenIds = MessageIds(written);
            var freshIds = MessageIds(fresh);
            var added = freshIds.Except(writtenIds).ToList();
            var removed = writtenIds.Except(freshIds).ToList();
            var what = added.Count + removed.Count == 0
                ? "The strings are the same, but where the code uses them, or how, has changed."
                : $"New strings: {Quoted(added)}. Strings no longer used: {Quoted(removed)}.";
            Assert.Fail($"{StringExtractor.TemplatePath} is out of date with the code. {what} {Regenerate}");
        }
    }

    [Fact]
    public void The_localizer_is_given_no_text_the_template_cannot_see()
    {
        Assert.True(Code.Value.Unread.Count == 0,
            "Give the localizer the English text itself, so that the template lists it:\n" + string.Join("\n", Code.Value.Unread));
    }

    [Fact]
    public void Spanish_translates_every_string_of_the_template()
    {
        var translated = Messages(Catalog("es.po"));

        var missing = Code.Value.Entries.Where(e => !translated.Contains((e.Context, e.Id, e.Plural))).Select(e => e.Id).ToList();

        Assert.True(missing.Count == 0, $"translations/es.po has no translation (or a fuzzy one) of {Quoted(missing)}: Spanish readers and staff would see English. {Regenerate}");
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_keeps_no_string_the_code_no_longer_uses(string file)
    {
        var used = Code.Value.Entries.Select(e => (e.Context, e.Id, e.Plural)).ToHashSet();

        var unused = Messages(Catalog(file)).Where(m => !used.Contains(m)).Select(m => m.Id).ToList();

        Assert.True(unused.Count == 0, $"translations/{file} keeps {Quoted(unused)}, which the code no longer uses (or uses with another plural). {Regenerate}");
    }

    [Theory]
    [MemberData(nameof(GettextFiles))]
    public async Task GNU_msgfmt_accepts_the_file(string file)
    {
        var (exitCode, errors) = await MsgfmtCheckAsync(RepositoryFolder.Combine("translations", file));

        Assert.True(exitCode == 0, $"msgfmt --check translations/{file}:\n{errors}");
    }

    /// <summary>Runs <c>msgfmt --check</c> on a file: its syntax, header, plural forms and format strings.</summary>
    internal static async Task<(int ExitCode, string Errors)> MsgfmtCheckAsync(string file)
    {
        try
        {
            using var msgfmt = Process.Start(new ProcessStartInfo("msgfmt", ["--check", "--output-file=/dev/null", file]) { RedirectStandardError = true })!;
            var errors = await msgfmt.StandardError.ReadToEndAsync();
            await msgfmt.WaitForExitAsync();
            return (msgfmt.ExitCode, errors);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("msgfmt is missing: install Debian's gettext package (./test.sh does when run as root).", e);
        }
    }

    private static TheoryData<string> FilesOfTranslations(string pattern) =>
        new(Directory.GetFiles(RepositoryFolder.Combine("translations"), pattern).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    private static PoCatalog Catalog(string file)
    {
        using var reader = new StreamReader(RepositoryFolder.Combine("translations", file));
        return PoParser.Parse(reader, $"translations/{file}", Path.GetFileNameWithoutExtension(file));
    }

    private static HashSet<(string? Context, string Id, string? Plural)> Messages(PoCatalog catalog) =>
        catalog.Entries.Select(e => (e.Context, e.Id, e.IdPlural)).ToHashSet();

    private static HashSet<string> MessageIds(string po) =>
        po.Split('\n').Where(l => l.StartsWith("msgid \"", StringComparison.Ordinal)).ToHashSet();

    private static string Quoted(IEnumerable<string> texts) =>
        texts.Any() ? string.Join(", ", texts.Select(t => t.StartsWith("msgid ", StringComparison.Ordinal) ? t[6..] : $"\"{t}\"")) : "none";
}
