using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Claro.Tests.Support;

/// <summary>The public schemas beside the checkout (<c>../shared/schemas</c>), read in place.</summary>
public static class SharedSchemas
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

            var schemas = folder is null ? null : Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "schemas"));
            return schemas is not null && Directory.Exists(schemas)
                ? schemas
                : throw new DirectoryNotFoundException("The shared schemas are expected in ../shared/schemas beside the checkout.");
        }
    }

    /// <summary>Validates a document against the named schema files; returns every error found (none when valid).</summary>
    public static IReadOnlyList<string> Validate(string xml, params string[] schemaFiles)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in schemaFiles)
        {
            using var reader = XmlReader.Create(Path.Combine(Folder, file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new XmlUrlResolver() });
            schemas.Add(null, reader);
        }

        schemas.Compile();
        var errors = new List<string>();
        XDocument.Parse(xml).Validate(schemas, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }
}
