using System.Xml;
using System.Xml.Linq;
using Claro.Workflow;

namespace Claro.Translation;

/// <summary>What a translated XLIFF file says: which document version it translates, into what, and the translated units.</summary>
public sealed record XliffTranslation(string DocumentId, string SourceCulture, int SourceVersion, string TargetCulture, IReadOnlyDictionary<string, string> Targets);

/// <summary>
/// XLIFF 2.0 (OASIS core) for the city's professional translators: one file per source version,
/// one unit per title, summary, heading, paragraph and list item.
/// </summary>
public static class Xliff
{
    public const string MediaType = "application/xliff+xml";
    private static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    public static string Write(string documentId, string sourceCulture, int sourceVersion, string targetCulture,
        IReadOnlyList<TranslationUnit> units, IReadOnlyDictionary<string, string>? currentTargets)
    {
        var file = new XElement(Ns + "file",
            new XAttribute("id", "f1"),
            new XAttribute("original", Original(documentId, sourceCulture, sourceVersion)),
            units.Select(unit => new XElement(Ns + "unit",
                new XAttribute("id", unit.Id),
                new XAttribute("type", "claro:" + unit.Kind),
                new XElement(Ns + "segment",
                    new XElement(Ns + "source", unit.Text),
                    new XElement(Ns + "target", currentTargets?.GetValueOrDefault(unit.Id) ?? "")))));
        var xliff = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "xliff",
                new XAttribute("version", "2.0"),
                new XAttribute("srcLang", sourceCulture),
                new XAttribute("trgLang", targetCulture),
                file));
        using var writer = new Utf8StringWriter();
        xliff.Save(writer);
        return writer.ToString();
    }

    /// <summary>Reads a translated file, or says what is wrong with it.</summary>
    public static Outcome<XliffTranslation> Read(Stream content)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }));
        }
        catch (XmlException e)
        {
            return Refusal.Invalid($"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}");
        }

        var root = xml.Root!;
        if (root.Name != Ns + "xliff" || (string?)root.Attribute("version") != "2.0")
        {
            return Refusal.Invalid("The file is not XLIFF 2.0: its root must be <xliff version=\"2.0\"> in the namespace urn:oasis:names:tc:xliff:document:2.0.");
        }

        var sourceCulture = (string?)root.Attribute("srcLang");
        var targetCulture = (string?)root.Attribute("trgLang");
        if (string.IsNullOrEmpty(sourceCulture) || string.IsNullOrEmpty(targetCulture))
        {
            return Refusal.Invalid("The file must name both srcLang and trgLang.");
        }

        var files = root.Elements(Ns + "file").ToList();
        if (files.Count != 1 || !TryParseOriginal((string?)files[0].Attribute("original"), out var documentId, out var originalCulture, out var sourceVersion))
        {
            return Refusal.Invalid("The file must hold one <file> whose 'original' names the document version it was exported from, as Claro wrote it.");
        }

        if (!string.Equals(originalCulture, sourceCulture, StringComparison.OrdinalIgnoreCase))
        {
            return Refusal.Invalid($"srcLang '{sourceCulture}' does not match the exported version's language '{originalCulture}'.");
        }

        var targets = new Dictionary<string, string>();
        foreach (var unit in files[0].Descendants(Ns + "unit"))
        {
            var id = (string?)unit.Attribute("id") ?? "";
            var text = string.Concat(unit.Elements(Ns + "segment").Select(s => s.Element(Ns + "target")?.Value ?? ""));
            if (!targets.TryAdd(id, text.Trim()))
            {
                return Refusal.Invalid($"Unit '{id}' appears twice.");
            }
        }

        return new XliffTranslation(documentId, sourceCulture.ToLowerInvariant(), sourceVersion, targetCulture.ToLowerInvariant(), targets);
    }

    private static string Original(string documentId, string culture, int version) => $"claro:{documentId}/{culture}/{version}";

    private static bool TryParseOriginal(string? original, out string documentId, out string culture, out int version)
    {
        documentId = culture = "";
        version = 0;
        var parts = original is { Length: > 6 } && original.StartsWith("claro:", StringComparison.Ordinal) ? original[6..].Split('/') : [];
        if (parts.Length != 3 || !int.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        documentId = parts[0];
        culture = parts[1];
        return true;
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
