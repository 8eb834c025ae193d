namespace Claro.Translation;

public enum InlineCodeKind
{
    Emphasis,
    Strong,
    Formatting,
    Link,
    Image,
    Code,
    LineBreak,
    Other,
}

/// <summary>
/// Markup a translator must keep but not edit: the Markdown that opens it (<see cref="Markdown"/>)
/// and, for paired codes, the Markdown that closes it (<see cref="EndMarkdown"/>), such as
/// <c>[</c> and <c>](/en/ice-help)</c> around a link's text.
/// </summary>
/// <param name="Id">Unique in its unit: <c>1</c>, <c>2</c>… in the order the source shows them.</param>
/// <param name="Display">What a placeholder stands for, shown to translators (the text of inline code).</param>
public sealed record InlineCode(string Id, InlineCodeKind Kind, string Markdown, string? EndMarkdown, string? Display = null)
{
    public bool IsPaired => EndMarkdown is not null;

    /// <summary>What two codes must share to be the same markup in two languages: their kind and, for emphasis, its delimiter.</summary>
    internal string Signature => Kind switch
    {
        InlineCodeKind.Emphasis or InlineCodeKind.Strong or InlineCodeKind.Formatting => Markdown.Replace('_', '*'),
        _ => Kind.ToString(),
    };

    /// <summary>A few words a translator recognises the code by, in refusals.</summary>
    internal string Describe() => Kind switch
    {
        InlineCodeKind.Emphasis => $"code {Id} (emphasis)",
        InlineCodeKind.Strong => $"code {Id} (bold)",
        InlineCodeKind.Link => $"code {Id} (a link)",
        InlineCodeKind.Image => $"code {Id} (an image)",
        InlineCodeKind.Code => $"code {Id} (inline code {Display})",
        InlineCodeKind.LineBreak => $"code {Id} (a line break)",
        _ => $"code {Id}",
    };
}
