namespace Claro.Site.Translation;

/// <summary>A run of words of a match: <c>same</c> in both, <c>removed</c> (only in the remembered source) or <c>added</c> (only in the text asked about).</summary>
internal sealed record MatchDifferenceDto(string Text, string Change);
