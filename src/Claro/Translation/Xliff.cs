using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Claro.Content;
using Claro.Workflow;

namespace Claro.Translation;

/// <summary>
/// What a translated XLIFF file says: which document version it translates, into what, and the
/// translated content of each unit whose segments all have a target.
/// </summary>
public sealed record XliffTranslation(string DocumentId, string SourceCulture, int SourceVersion, string TargetCulture, IReadOnlyDictionary<string, IReadOnlyList<UnitPart>> Targets);

/// <summary>
/// XLIFF 2.0 (OASIS core) for the city's professional translators: one file per source version, one
/// unit per title, summary, heading, paragraph and list item. Markdown's inline markup travels as
/// inline codes (<c>&lt;pc&gt;</c> around text, <c>&lt;ph&gt;</c> for what has none) whose Markdown
/// is in the unit's <c>&lt;originalData&gt;</c>, so translation tools show tags they protect.
/// </summary>
public static class Xliff
{
    public const string MediaType = "application/xliff+xml";
    private static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    // Units sit a few levels deep and codes nest a few more in any real text. Deeper nesting is refused
    // before the file is loaded: loading it would take time that grows with the square of its depth.
    private const int MaxDepth = 100;

    /// <param name="currentTargets">Translations to offer as targets, with the codes of the source units (see <see cref="TranslationUnit.Align"/>).</param>
    /// <param name="fromMemory">Exact matches from the translation memory, with the codes of the source units, for units without
    /// a current target: written as targets of segments in <c>state="initial"</c>, which CAT tools show as suggestions to confirm.</param>
    public static string Write(string documentId, string sourceCulture, int sourceVersion, string targetCulture,
        IReadOnlyList<TranslationUnit> units, IReadOnlyDictionary<string, IReadOnlyList<UnitPart>>? currentTargets,
        IReadOnlyDictionary<string, IReadOnlyList<UnitPart>>? fromMemory = null)
    {
        var file = new XElement(Ns + "file",
            new XAttribute("id", "f1"),
            new XAttribute("original", Original(documentId, sourceCulture, sourceVersion)),
            units.Select(unit => new XElement(Ns + "unit",
                new XAttribute("id", unit.Id),
                new XAttribute("type", "claro:" + unit.Kind),
                unit.Codes.Count == 0 ? null : new XElement(Ns + "originalData", unit.Codes.SelectMany(Data)),
                new XElement(Ns + "segment",
                    currentTargets?.ContainsKey(unit.Id) != true && fromMemory?.ContainsKey(unit.Id) == true ? new XAttribute("state", "initial") : null,
                    new XElement(Ns + "source", Inline(unit, unit.Content)),
                    new XElement(Ns + "target", (currentTargets?.GetValueOrDefault(unit.Id) ?? fromMemory?.GetValueOrDefault(unit.Id)) is { } target ? Inline(unit, target) : [])))));
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

    private static IEnumerable<XElement> Data(InlineCode code)
    {
        yield return new XElement(Ns + "data", new XAttribute("id", StartData(code)), code.Markdown);
        if (code.EndMarkdown is { } end)
        {
            yield return new XElement(Ns + "data", new XAttribute("id", EndData(code)), end);
        }
    }

    private static string StartData(InlineCode code) => "d" + code.Id;

    private static string EndData(InlineCode code) => $"d{code.Id}e";

    /// <summary>A unit's content as XLIFF inline content: a <c>&lt;pc&gt;</c> around each paired code's text, a <c>&lt;ph/&gt;</c> for the rest.</summary>
    private static XNode[] Inline(TranslationUnit unit, IReadOnlyList<UnitPart> content)
    {
        var root = new XElement("root");
        var open = new Stack<XElement>([root]);
        foreach (var part in content)
        {
            switch (part)
            {
                case TextPart text:
                    open.Peek().Add(text.Text);
                    break;
                case CodeStart start:
                    var code = unit.Code(start.CodeId)!;
                    var pc = new XElement(Ns + "pc", new XAttribute("id", code.Id), Protected(),
                        new XAttribute("dataRefStart", StartData(code)), new XAttribute("dataRefEnd", EndData(code)), TypeOf(code));
                    open.Peek().Add(pc);
                    open.Push(pc);
                    break;
                case CodeEnd:
                    open.Pop();
                    break;
                case CodePlaceholder placeholder:
                    var standalone = unit.Code(placeholder.CodeId)!;
                    open.Peek().Add(new XElement(Ns + "ph", new XAttribute("id", standalone.Id), Protected(),
                        new XAttribute("dataRef", StartData(standalone)), TypeOf(standalone),
                        standalone.Display is { } display ? new XAttribute("disp", display) : null));
                    break;
            }
        }

        return [.. root.Nodes()];
    }

    private static XAttribute[] Protected() => [new("canCopy", "no"), new("canDelete", "no")];

    private static XAttribute[] TypeOf(InlineCode code) => code.Kind switch
    {
        InlineCodeKind.Emphasis => [new("type", "fmt"), new("subType", "xlf:i")],
        InlineCodeKind.Strong => [new("type", "fmt"), new("subType", "xlf:b")],
        InlineCodeKind.Formatting => [new("type", "fmt")],
        InlineCodeKind.LineBreak => [new("type", "fmt"), new("subType", "xlf:lb")],
        InlineCodeKind.Link => [new("type", "link")],
        InlineCodeKind.Image => [new("type", "image")],
        InlineCodeKind.Code => [new("type", "other"), new("subType", "claro:code")],
        _ => [new("type", "other")],
    };

    /// <summary>Reads a translated file, or says what is wrong with it.</summary>
    public static Outcome<XliffTranslation> Read(Stream content)
    {
        if (!content.CanSeek)
        {
            var buffered = new MemoryStream();
            content.CopyTo(buffered);
            buffered.Position = 0;
            content = buffered;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        XDocument xml;
        try
        {
            var start = content.Position;
            if (TooDeep(XmlReader.Create(content, settings)) is { } tooDeep)
            {
                return tooDeep;
            }

            content.Position = start;
            // White space is content here: the space an <ignorable> holds between two sentences must survive.
            xml = XDocument.Load(XmlReader.Create(content, settings), LoadOptions.PreserveWhitespace);
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

        var ids = new HashSet<string>();
        var targets = new Dictionary<string, IReadOnlyList<UnitPart>>();
        foreach (var unit in files[0].Descendants(Ns + "unit"))
        {
            var id = (string?)unit.Attribute("id") ?? "";
            if (!ids.Add(id))
            {
                return Refusal.Invalid($"Unit '{id}' appears twice.");
            }

            var target = TargetOf(id, unit);
            if (target.Refusal is { } refusal)
            {
                return refusal;
            }

            if (target.Value is { } parts)
            {
                targets[id] = parts;
            }
        }

        return new XliffTranslation(documentId, CultureNames.Normalize(sourceCulture), sourceVersion, CultureNames.Normalize(targetCulture), targets);
    }

    private static Refusal? TooDeep(XmlReader reader)
    {
        using (reader)
        {
            var unit = "";
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "unit")
                {
                    unit = reader.GetAttribute("id") ?? "";
                }

                if (reader.Depth > MaxDepth)
                {
                    return Refusal.Invalid($"Unit '{unit}': its elements nest more than {MaxDepth} levels deep; a translation tool keeps the nesting of the exported file.");
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A unit's target as XLIFF 2.0 defines it: its segments' targets and its ignorables in order (a
    /// target's <c>order</c> may move it), an ignorable without a target keeping its source. Null while
    /// a segment with text has no translation yet.
    /// </summary>
    private static Outcome<IReadOnlyList<UnitPart>?> TargetOf(string unitId, XElement unit)
    {
        var pieces = unit.Elements().Where(e => e.Name == Ns + "segment" || e.Name == Ns + "ignorable").ToList();
        var ordered = new XElement?[pieces.Count];
        var untranslated = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var source = piece.Element(Ns + "source");
            var target = piece.Element(Ns + "target");
            if (piece.Name == Ns + "segment" && (target is null || (target.Value.Trim().Length == 0 && !target.Elements().Any())) && source?.Value.Trim().Length > 0)
            {
                untranslated = true;
            }

            var position = i + 1;
            if (target?.Attribute("order") is { } order && (!int.TryParse(order.Value, NumberStyles.None, CultureInfo.InvariantCulture, out position) || position < 1 || position > pieces.Count))
            {
                return Refusal.Invalid($"Unit '{unitId}': a target's order '{order.Value}' is not between 1 and {pieces.Count}, the number of its segments and ignorables.");
            }

            if (ordered[position - 1] is not null)
            {
                return Refusal.Invalid($"Unit '{unitId}': two targets take place {position}; each segment and ignorable takes one place.");
            }

            ordered[position - 1] = target ?? (piece.Name == Ns + "ignorable" ? source : null) ?? new XElement(Ns + "target");
        }

        if (untranslated)
        {
            return new Outcome<IReadOnlyList<UnitPart>?>(null, null);
        }

        var parts = new List<UnitPart>();
        foreach (var content in ordered)
        {
            if (ReadInline(unitId, content!, parts) is { } refusal)
            {
                return refusal;
            }
        }

        return parts;
    }

    /// <summary>Lays out inline content as parts: <c>&lt;pc&gt;</c> and <c>&lt;sc&gt;</c>/<c>&lt;ec&gt;</c> as a code's start and end, <c>&lt;mrk&gt;</c> as its content.</summary>
    private static Refusal? ReadInline(string unitId, XElement content, List<UnitPart> parts)
    {
        var open = new Stack<(IEnumerator<XNode> Nodes, UnitPart? Closing)>();
        open.Push((content.Nodes().GetEnumerator(), null));
        while (open.Count > 0)
        {
            var (nodes, closing) = open.Peek();
            if (!nodes.MoveNext())
            {
                open.Pop();
                if (closing is not null)
                {
                    parts.Add(closing);
                }

                continue;
            }

            if (nodes.Current is XText text)
            {
                parts.Add(new TextPart(text.Value));
                continue;
            }

            if (nodes.Current is not XElement element)
            {
                continue;
            }

            var id = (string?)element.Attribute("id");
            switch (element.Name.Namespace == Ns ? element.Name.LocalName : "")
            {
                case "pc" when id is not null:
                    parts.Add(new CodeStart(id));
                    open.Push((element.Nodes().GetEnumerator(), new CodeEnd(id)));
                    break;
                case "sc" when id is not null:
                    parts.Add(new CodeStart(id));
                    break;
                case "ec" when ((string?)element.Attribute("startRef") ?? id) is { } startRef:
                    parts.Add(new CodeEnd(startRef));
                    break;
                case "ph" when id is not null:
                    parts.Add(new CodePlaceholder(id));
                    break;
                case "mrk":
                    open.Push((element.Nodes().GetEnumerator(), null));
                    break;
                case "sm" or "em":
                    break;
                case "cp" when int.TryParse((string?)element.Attribute("hex"), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var codePoint)
                    && codePoint is >= 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF):
                    parts.Add(new TextPart(char.ConvertFromUtf32(codePoint)));
                    break;
                default:
                    return Refusal.Invalid($"Unit '{unitId}': <{element.Name.LocalName}> is not XLIFF 2.0 inline content Claro can read here (or lacks its id).");
            }
        }

        return null;
    }

    private static string Original(string documentId, string culture, int version) => $"claro:{documentId}/{culture}/{version}";

    private static bool TryParseOriginal(string? original, out string documentId, out string culture, out int version)
    {
        documentId = culture = "";
        version = 0;
        var parts = original is { Length: > 6 } && original.StartsWith("claro:", StringComparison.Ordinal) ? original[6..].Split('/') : [];
        if (parts.Length != 3 || !int.TryParse(parts[2], CultureInfo.InvariantCulture, out version))
        {
            return false;
        }

        documentId = parts[0];
        culture = parts[1];
        return true;
    }
}
