using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Claro.Tests.Translation;

/// <summary>
/// What a professional translation tool does to an exported file before it comes back: it splits each
/// unit into sentences (a <c>&lt;segment&gt;</c> each, the spaces between them as <c>&lt;ignorable&gt;</c>s),
/// fills and marks the targets, adds notes, and saves with a namespace prefix, a byte order mark and
/// CRLF line ends.
/// </summary>
internal static partial class CatTool
{
    public static readonly XNamespace Ns = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The file as the tool sends it back, each segment's target a copy of its source.</summary>
    public static byte[] TranslateAsItself(string exported)
    {
        var xliff = XDocument.Parse(exported, LoadOptions.PreserveWhitespace);
        foreach (var unit in xliff.Descendants(Ns + "unit").ToList())
        {
            var segment = unit.Element(Ns + "segment")!;
            segment.ReplaceWith(Resegment(segment.Element(Ns + "source")!));
            unit.AddFirst(new XElement(Ns + "notes", new XElement(Ns + "note", new XAttribute("category", "review"), "Checked against the glossary.")));
        }

        return Save(xliff);
    }

    /// <summary>Bytes as such tools write them: UTF-8 with a byte order mark, CRLF, the XLIFF namespace under a prefix.</summary>
    public static byte[] Save(XDocument xliff)
    {
        var root = xliff.Root!;
        root.Attributes().Where(a => a.IsNamespaceDeclaration).Remove();
        root.Add(new XAttribute(XNamespace.Xmlns + "xlf", Ns.NamespaceName));
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString();
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];
    }

    private static IEnumerable<XElement> Resegment(XElement source)
    {
        var sentence = new List<XNode>();
        foreach (var node in source.Nodes())
        {
            if (node is not XText text)
            {
                sentence.Add(node);
                continue;
            }

            var at = 0;
            foreach (Match end in SentenceEnd().Matches(text.Value))
            {
                sentence.Add(new XText(text.Value[at..end.Index]));
                yield return Segment(sentence);
                sentence = [];
                yield return new XElement(Ns + "ignorable", new XElement(Ns + "source", end.Value));
                at = end.Index + end.Length;
            }

            if (at < text.Value.Length)
            {
                sentence.Add(new XText(text.Value[at..]));
            }
        }

        if (sentence.Count > 0)
        {
            yield return Segment(sentence);
        }
    }

    private static XElement Segment(List<XNode> sentence) => new(Ns + "segment", new XAttribute("state", "translated"),
        new XElement(Ns + "source", sentence),
        new XElement(Ns + "target", new XAttribute(XNamespace.Xml + "space", "preserve"), sentence));

    [GeneratedRegex(@"(?<=[.?!:])\s+")]
    private static partial Regex SentenceEnd();
}
