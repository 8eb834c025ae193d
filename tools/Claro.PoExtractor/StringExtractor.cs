using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Claro.PoExtractor;

/// <summary>
/// Where to look: the folders whose C# files and Razor views use UI strings; among them, those whose refusals the
/// staff pages show (the library's, and the staff pages' own: the host's APIs answer programs, in English); and the
/// expressions that give the localizer a refusal's text at run time, whose texts are taken where refusals are made.
/// </summary>
internal sealed record ExtractionScope(IReadOnlyList<string> Folders, IReadOnlyList<string> RefusalFolders, IReadOnlyList<string> RefusalKeys)
{
    public static ExtractionScope Claro { get; } = new(
        ["src/Claro", "OrchardSite"],
        ["src/Claro", "OrchardSite/Admin"],
        ["refusal.Title", "refusal.Detail", "refusal.DetailTemplate"]);
}

/// <summary>What the extractor found: the template's messages, the keys it could not read, and anything that stops a valid template.</summary>
internal sealed record Extraction(IReadOnlyList<TemplateEntry> Entries, IReadOnlyList<UnreadKey> Unread, IReadOnlyList<string> Problems)
{
    public string ToPot() => PoTemplate.Write(Entries);
}

/// <summary>Reads every UI string of the code and the views, the way Orchard Core's PO extractor does: from the syntax.</summary>
internal static class StringExtractor
{
    /// <summary>The template, relative to the repository.</summary>
    public const string TemplatePath = "translations/claro.pot";

    /// <summary>The command that writes the template, as a person runs it from the repository.</summary>
    public const string Command = "dotnet run --project tools/Claro.PoExtractor";

    public static Extraction Extract(string repository, ExtractionScope scope)
    {
        repository = Path.GetFullPath(repository);
        var problems = new List<string>();
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = new List<SyntaxTree>();
        foreach (var folder in scope.Folders.Select(f => Path.Combine(repository, f)))
        {
            trees.AddRange(CSharpFiles(folder).Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), options, file)));
            trees.AddRange(RazorViews.ToCSharp(folder, options, problems));
        }

        foreach (var error in trees.SelectMany(t => t.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add($"{Where(repository, error.Location)}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var localizers = Localizers.Of(trees);
        var found = new List<UiStringUse>();
        var unread = new List<UnreadKey>();
        foreach (var tree in trees)
        {
            var path = Relative(repository, tree.FilePath);
            var finder = new UiStringFinder(localizers, node => Where(repository, node.GetLocation()), scope.RefusalFolders.Any(f => path.StartsWith(f + "/", StringComparison.Ordinal)));
            finder.Visit(tree.GetRoot());
            found.AddRange(finder.Found);
            unread.AddRange(finder.Unread.Where(u => !scope.RefusalKeys.Contains(u.Expression)));
        }

        var entries = PoTemplate.Merge(found, problems);
        return new Extraction(entries, [.. unread.OrderBy(u => u.Where)], problems);
    }

    private static IEnumerable<string> CSharpFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    /// <summary>The line a node is on, in the file it was written in: a view's line, not the generated code's.</summary>
    private static SourceReference Where(string repository, Location location)
    {
        var span = location.GetMappedLineSpan();
        return new SourceReference(Relative(repository, span.Path), span.StartLinePosition.Line + 1);
    }

    private static string Relative(string repository, string path) => Path.GetRelativePath(repository, path).Replace('\\', '/');
}
