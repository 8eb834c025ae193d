namespace Claro.Tests.Support;

/// <summary>A folder of files a test writes, removed at the end.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("claro-files-").FullName;

    /// <summary>Writes a file; <paramref name="name"/> may name subfolders (<c>Site/Pages/Index.cshtml</c>).</summary>
    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
