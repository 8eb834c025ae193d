namespace Claro.Workflow;

/// <summary>What an author sends to start a document.</summary>
public sealed record NewDocument(string? Culture, string? Slug, string? Title, string? Summary, string? Body);

/// <summary>
/// A draft save. <see cref="BaseVersion"/> is the version the editor started from (0 for a new
/// translation); a save on top of anything else is refused, so nobody's edit is lost.
/// </summary>
public sealed record DraftInput(
    string? Slug, string? Title, string? Summary, string? Body, string? ChangeNote, int BaseVersion, int? SourceVersion = null);

/// <summary>The fields every version carries, checked and normalised.</summary>
internal sealed record VersionText(string Slug, string Title, string Summary, string Body, string ChangeNote)
{
    public const int MaxTitle = 300;
    public const int MaxSummary = 2000;
    public const int MaxBody = 200_000;

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

        if (folded is "search" or "history")
        {
            return Refusal.Invalid($"'{folded}' is an address the site uses itself; choose another slug.");
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return Refusal.Invalid("Give the page a title.");
        }

        if (title.Length > MaxTitle)
        {
            return Refusal.Invalid($"The title is {title.Length} characters long; keep it under {MaxTitle}.");
        }

        if ((summary?.Length ?? 0) > MaxSummary)
        {
            return Refusal.Invalid($"The summary is {summary!.Length} characters long; keep it under {MaxSummary}.");
        }

        if ((body?.Length ?? 0) > MaxBody)
        {
            return Refusal.Invalid($"The body is {body!.Length} characters long; keep it under {MaxBody}.");
        }

        if ((changeNote?.Length ?? 0) > MaxSummary)
        {
            return Refusal.Invalid($"The change note is {changeNote!.Length} characters long; keep it under {MaxSummary}.");
        }

        return new VersionText(folded, title.Trim(), summary?.Trim() ?? "", body ?? "", changeNote?.Trim() ?? "");
    }
}

/// <summary>A version a publish moved live.</summary>
public sealed record PublishedVersion(string Culture, int Version);
