using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Claro.Workflow;

namespace Claro.Translation;

/// <summary>
/// TMX 1.4b (LISA OSCAR, now GALA), the translation-memory format every CAT tool reads and writes:
/// a header naming the source language, then one <c>&lt;tu&gt;</c> per remembered pair with a
/// <c>&lt;tuv xml:lang&gt;&lt;seg&gt;</c> per language.
/// </summary>
public static class Tmx
{
    public const string MediaType = "application/x-tmx+xml";

    /// <summary>The largest file an import reads: far more than a department's memory, far less than a server's memory.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The longest segment an import accepts; a unit is a paragraph, not a book.</summary>
    public const int MaxSegmentLength = 20_000;

    /// <summary>The deepest an element may be nested: TMX needs six levels and a few inline ones; a deeper file is an attack.</summary>
    public const int MaxDepth = 32;

    /// <summary>Inline elements that hold the native codes of another format (a tag, a placeholder), not words.</summary>
    private static readonly HashSet<string> NativeCodes = ["bpt", "ept", "it", "ph", "ut", "sub"];

    public static string Write(string sourceCulture, string targetCulture, IEnumerable<MemoryUnit> units)
    {
        var tmx = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XDocumentType("tmx", null, "tmx14.dtd", null),
            new XElement("tmx",
                new XAttribute("version", "1.4"),
                new XElement("header",
                    new XAttribute("creationtool", "Claro"),
                    new XAttribute("creationtoolversion", "1"),
                    new XAttribute("segtype", "paragraph"),
                    new XAttribute("o-tmf", "Claro"),
                    new XAttribute("adminlang", "en"),
                    new XAttribute("srclang", sourceCulture),
                    new XAttribute("datatype", "plaintext")),
                new XElement("body", units.Select(unit => new XElement("tu",
                    new XAttribute("tuid", unit.Id.ToString(CultureInfo.InvariantCulture)),
                    new XAttribute("creationdate", unit.RememberedUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)),
                    unit.RememberedBy.Length > 0 ? new XAttribute("creationid", unit.RememberedBy) : null,
                    unit.DocumentId is null ? null : new XElement("prop", new XAttribute("type", "x-claro-document"), unit.DocumentId),
                    unit.Version is null ? null : new XElement("prop", new XAttribute("type", "x-claro-version"), unit.Version.Value.ToString(CultureInfo.InvariantCulture)),
                    Variant(sourceCulture, unit.SourceText),
                    Variant(targetCulture, unit.TargetText))))));
        using var writer = new Utf8StringWriter();
        tmx.Save(writer);
        return writer.ToString();
    }

    /// <summary>
    /// The pairs of a TMX 1.4 file for one language pair, or what is wrong with it. A DOCTYPE is skipped, never
    /// followed: no external file is read and no entity expanded, so an entity bomb is just an undeclared entity.
    /// </summary>
    public static Outcome<IReadOnlyList<(string Source, string Target)>> Read(Stream content, string sourceCulture, string targetCulture)
    {
        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                MaxCharactersInDocument = MaxBytes,
            };
            if (!content.CanSeek)
            {
                var copy = new MemoryStream();
                content.CopyTo(copy);
                copy.Position = 0;
                content = copy;
            }

            // Depth is checked while streaming, before the tree is built: reading a deeply nested tree's text costs
            // time that grows with the square of its depth.
            var start = content.Position;
            using (var scan = XmlReader.Create(content, settings))
            {
                while (scan.Read())
                {
                    if (scan.NodeType == XmlNodeType.Element && scan.Depth > MaxDepth)
                    {
                        var at = (IXmlLineInfo)scan;
                        return Refusal.Invalid($"The file nests elements more than {MaxDepth} levels deep (line {at.LineNumber}, position {at.LinePosition}); TMX needs only a few.");
                    }
                }
            }

            content.Position = start;
            xml = XDocument.Load(XmlReader.Create(content, settings));
        }
        catch (XmlException e)
        {
            return Refusal.Invalid($"The file is not well-formed XML (line {e.LineNumber}, position {e.LinePosition}): {e.Message}");
        }

        var root = xml.Root!;
        if (root.Name != "tmx")
        {
            return Refusal.Invalid($"The file is not TMX: its root element is <{root.Name.LocalName}>, not <tmx>.");
        }

        if ((string?)root.Attribute("version") != "1.4")
        {
            return Refusal.Invalid($"The file is TMX version '{(string?)root.Attribute("version")}'; Claro reads TMX 1.4 (1.4b). Export it again as TMX 1.4.");
        }

        var header = root.Element("header");
        var declared = (string?)header?.Attribute("srclang");
        if (header is null || string.IsNullOrEmpty(declared))
        {
            return Refusal.Invalid("The file has no <header srclang=\"…\">: TMX 1.4 requires it.");
        }

        if (declared != "*all*" && !SameLanguage(declared, sourceCulture))
        {
            return Refusal.Invalid($"The file's source language is '{declared}', but this import is for {sourceCulture} → {targetCulture}.");
        }

        var pairs = new List<(string, string)>();
        var number = 0;
        foreach (var tu in root.Element("body")?.Elements("tu") ?? [])
        {
            number++;
            var source = Segment(tu, sourceCulture);
            var target = Segment(tu, targetCulture);
            if (source is null || target is null)
            {
                return Refusal.Invalid($"Translation unit {number}{Id(tu)} has no '{(source is null ? sourceCulture : targetCulture)}' variant; each unit needs both {sourceCulture} and {targetCulture}.");
            }

            if (source.Trim().Length == 0 || target.Trim().Length == 0)
            {
                return Refusal.Invalid($"Translation unit {number}{Id(tu)} has an empty segment.");
            }

            if (source.Length > MaxSegmentLength || target.Length > MaxSegmentLength)
            {
                return Refusal.Invalid($"Translation unit {number}{Id(tu)} has a segment longer than {MaxSegmentLength} characters.");
            }

            pairs.Add((source, target));
        }

        return pairs.Count == 0
            ? Refusal.Invalid($"The file has no translation units (<tu> in <body>) between {sourceCulture} and {targetCulture}.")
            : pairs;
    }

    private static XElement Variant(string culture, string text) =>
        new("tuv", new XAttribute(XNamespace.Xml + "lang", culture), new XElement("seg", text));

    /// <summary>The text of the unit's variant in a language (its words only, without native codes); null when it has none.</summary>
    private static string? Segment(XElement tu, string culture)
    {
        var variant = tu.Elements("tuv").FirstOrDefault(v => SameLanguage((string?)v.Attribute(XNamespace.Xml + "lang") ?? (string?)v.Attribute("lang"), culture));
        if (variant?.Element("seg") is not { } seg)
        {
            return null;
        }

        return string.Concat(seg.DescendantNodes().OfType<XText>()
            .Where(t => !t.Ancestors().TakeWhile(a => a != seg).Any(a => NativeCodes.Contains(a.Name.LocalName)))
            .Select(t => t.Value));
    }

    private static string Id(XElement tu) => (string?)tu.Attribute("tuid") is { Length: > 0 } id ? $" (tuid \"{id}\")" : "";

    /// <summary>Language tags match on their language: <c>en-US</c> is <c>en</c>, <c>ES</c> is <c>es</c>.</summary>
    private static bool SameLanguage(string? tag, string culture) =>
        tag is not null && string.Equals(tag.Split('-', '_')[0], culture.Split('-')[0], StringComparison.OrdinalIgnoreCase);
}
