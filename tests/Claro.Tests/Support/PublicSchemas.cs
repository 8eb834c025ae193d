using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Claro.Tests.Support;

/// <summary>The public schemas the repository holds in <c>schemas/</c> (see its README for their sources and licences).</summary>
public static class PublicSchemas
{
    public static string Folder => RepositoryFolder.Combine("schemas");

    /// <summary>Validates a document against the named schema files of <see cref="Folder"/>; returns every error found (none when valid).</summary>
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

    /// <summary>Validates a document against the DTD its DOCTYPE names, read from <see cref="Folder"/>; returns every error found (none when valid).</summary>
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
