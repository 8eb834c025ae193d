namespace Claro.Workflow;

/// <summary>
/// The fields every version carries, checked and normalised. The limits are documented in the README;
/// the body's own are in <see cref="Content.BodyLimits"/>.
/// </summary>
internal sealed record VersionText(string Slug, string Title, string Summary, string Body, string ChangeNote)
{
    /// <summary>Characters in a title.</summary>
    public const int MaxTitle = 300;

    /// <summary>Characters in a summary, and in a change note.</summary>
    public const int MaxSummary = 2000;

    public static Outcome<VersionText> Check(string? slug, string? title, string? summary, string? body, string? changeNote)
    {
        var folded = Content.Slug.Fold(slug);
        if (folded.Length == 0)
        {
            return Refusal.Invalid("Give the page a slug: the words of its address, such as 'know-your-rights'.");
        }

        if (folded.Length > Content.Slug.MaxLength)
        {
            return Refusal.Invalid($"The slug is {folded.Length} characters long; keep it under {Content.Slug.MaxLength}.");
        }

        if (Content.Slug.IsReserved(folded))
        {
            return Refusal.Invalid($"'{folded}' is an address the site uses itself; choose another slug.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return Refusal.Invalid("Give the page a title.");
        }

        if ((CheckLengths(title, summary, changeNote) ?? Content.BodyLimits.CheckMarkdown(body)) is { } overLimit)
        {
            return overLimit;
        }

        return new VersionText(folded, title.Trim(), summary?.Trim() ?? "", body ?? "", changeNote?.Trim() ?? "");
    }

    /// <summary>Null when the title, summary and change note are within their limits, else the first one past its limit.</summary>
    /// <remarks>Each template is written where the refusal is made, so that the staff pages' translations can be found from the code.</remarks>
    public static Refusal? CheckLengths(string? title, string? summary, string? changeNote) =>
        (title?.Length ?? 0) > MaxTitle
            ? Refusal.OverLimit("title-length", "The title is {0:N0} characters long; the limit is {1:N0}.", title!.Length, MaxTitle)
        : (summary?.Length ?? 0) > MaxSummary
            ? Refusal.OverLimit("summary-length", "The summary is {0:N0} characters long; the limit is {1:N0}.", summary!.Length, MaxSummary)
        : (changeNote?.Length ?? 0) > MaxSummary
            ? Refusal.OverLimit("change-note-length", "The change note is {0:N0} characters long; the limit is {1:N0}.", changeNote!.Length, MaxSummary)
        : null;
}
