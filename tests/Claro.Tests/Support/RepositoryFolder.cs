namespace Claro.Tests.Support;

/// <summary>The checkout the tests were built from: tests read the files the repository holds (schemas, translations, sources) in place.</summary>
public static class RepositoryFolder
{
    /// <summary>The folder holding <c>Claro.sln</c>, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path inside the checkout, such as <c>Combine("schemas", "sitemap.xsd")</c>.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Claro.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Claro.sln above {AppContext.BaseDirectory}: the tests run from a build inside the checkout.");
    }
}
