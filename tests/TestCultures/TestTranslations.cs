namespace Claro.TestCultures;

/// <summary>
/// A translations folder for a site with test cultures: the site's own files (copied beside the tests by the
/// build) and the PO files of <c>tests/TestCultures</c>, such as Arabic, which the sample site does not ship.
/// </summary>
public sealed class TestTranslations : IDisposable
{
    public TestTranslations(params string[] cultures)
    {
        Folder = Directory.CreateTempSubdirectory("claro-po-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "translations")))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }

        foreach (var culture in cultures)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "TestCultures", culture + ".po"), Path.Combine(Folder, culture + ".po"));
        }
    }

    public string Folder { get; }

    /// <summary>Deletes the folder; xUnit disposes a fixture that is both async and disposable twice, so a second call does nothing.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
