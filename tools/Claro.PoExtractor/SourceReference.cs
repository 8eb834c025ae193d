namespace Claro.PoExtractor;

/// <summary>Where a UI string is used: a path relative to the repository, with forward slashes, and a 1-based line.</summary>
internal readonly record struct SourceReference(string Path, int Line) : IComparable<SourceReference>
{
    public int CompareTo(SourceReference other)
    {
        var byPath = string.CompareOrdinal(Path, other.Path);
        return byPath != 0 ? byPath : Line.CompareTo(other.Line);
    }

    /// <summary>As gettext writes it after <c>#:</c>.</summary>
    public override string ToString() => $"{Path}:{Line}";
}

/// <summary>One use of a UI string: its context (null for the site's shared strings), its text, its plural, and whether it is formatted with arguments.</summary>
internal sealed record UiStringUse(string? Context, string Id, string? Plural, bool IsFormat, SourceReference Where);

/// <summary>A localizer given an expression the extractor cannot read, so whatever texts it carries are not in the template.</summary>
internal sealed record UnreadKey(SourceReference Where, string Expression)
{
    public override string ToString() =>
        $"{Where}: the localizer is given {Expression}, which is not a literal: its texts are not in the template";
}
