using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Claro.Translation;

/// <summary>
/// One remembered pair of a translation memory: a unit of source text and its approved translation in one
/// language pair, with the document and translation version it came from (none for units imported as TMX).
/// </summary>
public sealed partial class MemoryUnit
{
    public long Id { get; init; }

    public required string SourceCulture { get; init; }

    public required string TargetCulture { get; init; }

    public required string SourceText { get; init; }

    public required string TargetText { get; init; }

    /// <summary>SHA-256 of the source text, so that exact matches are found through an index whatever the text's length.</summary>
    public required string SourceKey { get; init; }

    /// <summary>
    /// SHA-256 of the source and target text together: unique per language pair, so that two imports or approvals
    /// bringing the same new pair at the same moment store it once.
    /// </summary>
    public required string PairKey { get; init; }

    /// <summary>How many words the source has: close matches are looked for among units of about the same length.</summary>
    public int SourceWords { get; init; }

    public string? DocumentId { get; set; }

    /// <summary>The number of the approved translation version the pair was taken from.</summary>
    public int? Version { get; set; }

    public DateTime RememberedUtc { get; set; }

    /// <summary>Who approved the translation, or imported the file it came in.</summary>
    public string RememberedBy { get; set; } = "";

    public static MemoryUnit Of(string sourceCulture, string targetCulture, string source, string target) => new()
    {
        SourceCulture = sourceCulture,
        TargetCulture = targetCulture,
        SourceText = Normalize(source),
        TargetText = Normalize(target),
        SourceKey = KeyOf(source),
        PairKey = Hash(Normalize(source) + "\n" + Normalize(target)),
        SourceWords = Similarity.Words(Normalize(source)),
    };

    /// <summary>Units compare with their white space collapsed: a line break in a paragraph is not a different sentence.</summary>
    public static string Normalize(string text) => WhiteSpace().Replace(text.Trim(), " ");

    public static string KeyOf(string text) => Hash(Normalize(text));

    // Normalized texts hold no line break, so one between source and target keeps every pair's key apart.
    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
