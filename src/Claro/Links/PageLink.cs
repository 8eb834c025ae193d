namespace Claro.Links;

/// <summary>
/// A link from a published version's body to an explainer, bound to the document it names and kept
/// with the address readers of that version are sent to. The Markdown keeps what the author wrote;
/// these rows let a change to the linked document (a translation published, a slug changed, a heading
/// moved) find the pages whose HTML must follow it.
/// </summary>
public sealed class PageLink
{
    /// <summary>Longest address a link is followed for; a longer one stays as written.</summary>
    public const int MaxTarget = 1000;

    public required string VersionId { get; init; }

    /// <summary>The address as the Markdown writes it: <c>/en/ice-help#call</c>.</summary>
    public required string Target { get; init; }

    /// <summary>The page it names, folded: <c>/en/ice-help</c>. A link whose page did not exist yet is bound when a page takes this address.</summary>
    public required string Path { get; init; }

    /// <summary>The document the address named when it was first resolved; null while no page has it.</summary>
    public string? DocumentId { get; set; }

    /// <summary>Where readers of the version are sent now: <c>/es/ice-pide-ayuda#llamada</c>.</summary>
    public required string Href { get; set; }
}
