using Microsoft.AspNetCore.Mvc.Razor.Extensions;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Claro.PoExtractor;

/// <summary>
/// The Razor views and pages of a project as the C# the Razor compiler makes of them: the views' own code, the
/// properties their <c>@inject</c> and <c>_ViewImports.cshtml</c> declare, and <c>#line</c> directives that lead
/// each line back to the <c>.cshtml</c> file.
/// </summary>
internal static class RazorViews
{
    public static IEnumerable<SyntaxTree> ToCSharp(string projectFolder, CSharpParseOptions options, ICollection<string> problems)
    {
        var fileSystem = RazorProjectFileSystem.Create(projectFolder);
        var engine = RazorProjectEngine.Create(RazorConfiguration.Default, fileSystem, RazorExtensions.Register);
        var views = fileSystem.EnumerateItems("/")
            .Where(v => v.FilePath.EndsWith(".cshtml", StringComparison.Ordinal) && v.FileName != "_ViewImports.cshtml")
            .Where(v => !v.FilePath.StartsWith("/bin/", StringComparison.Ordinal) && !v.FilePath.StartsWith("/obj/", StringComparison.Ordinal))
            .OrderBy(v => v.FilePath, StringComparer.Ordinal);
        foreach (var view in views)
        {
            var generated = engine.Process(view).GetCSharpDocument();
            foreach (var error in generated.Diagnostics.Where(d => d.Severity == RazorDiagnosticSeverity.Error))
            {
                problems.Add($"{view.PhysicalPath}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }

            yield return CSharpSyntaxTree.ParseText(generated.GeneratedCode, options, view.PhysicalPath);
        }
    }
}
