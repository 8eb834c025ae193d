using System.Xml;

namespace Claro.Tests.Support;

/// <summary>The public schemas the repository carries in <c>schemas/</c>, read in place.</summary>
public static class RepositorySchemas
{
    public static string Folder
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Claro.sln")))
            {
                folder = folder.Parent;
            }

            return folder is null
                ? throw new DirectoryNotFoundException("The tests run inside the checkout: no Claro.sln above " + AppContext.BaseDirectory)
                : Path.Combine(folder.FullName, "schemas");
        }
    }

    /// <summary>Validates a document against the DTD its DOCTYPE names, looked up in <see cref="Folder"/>; returns every error (none when valid).</summary>
    public static IReadOnlyList<string> ValidateWithDtd(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, ValidationType = ValidationType.DTD, XmlResolver = new XmlUrlResolver() };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} (line {e.Exception?.LineNumber}): {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings, Path.Combine(Folder, "document.xml"));
        while (reader.Read())
        {
        }

        return errors;
    }
}
