using System.Text;

namespace Claro.PoExtractor;

/// <summary>
/// Writes translations/claro.pot from the UI strings of the code and the Razor views. Run it from anywhere inside
/// the repository: <c>dotnet run --project tools/Claro.PoExtractor</c> (or name the repository's folder).
/// </summary>
internal static class ExtractCommand
{
    public static int Main(string[] args)
    {
        var repository = args is [var given] ? Path.GetFullPath(given) : FindRepository(Environment.CurrentDirectory) ?? FindRepository(AppContext.BaseDirectory);
        if (repository is null)
        {
            Console.Error.WriteLine("Run this inside the Claro repository (the folder of Claro.sln), or name that folder.");
            return 2;
        }

        var extraction = StringExtractor.Extract(repository, ExtractionScope.Claro);
        foreach (var unread in extraction.Unread)
        {
            Console.Error.WriteLine($"warning: {unread}");
        }

        foreach (var problem in extraction.Problems)
        {
            Console.Error.WriteLine($"error: {problem}");
        }

        if (extraction.Problems.Count > 0)
        {
            Console.Error.WriteLine($"{StringExtractor.TemplatePath} is left as it was.");
            return 1;
        }

        File.WriteAllText(Path.Combine(repository, StringExtractor.TemplatePath), extraction.ToPot(), new UTF8Encoding(false));
        Console.WriteLine($"Wrote {StringExtractor.TemplatePath}: {extraction.Entries.Count} strings. Bring each translation up to date with:");
        Console.WriteLine($"  msgmerge --update --backup=none translations/es.po {StringExtractor.TemplatePath}");
        return 0;
    }

    private static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Claro.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
