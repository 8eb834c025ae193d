using Claro.Staff;
using Claro.Workflow;

namespace Claro.Content;

/// <summary>
/// A numbered version of an item (Orchard Core's <c>ContentItemVersionId</c>). Its text never
/// changes once it has left the draft state, and no version is ever deleted.
/// </summary>
public sealed class ContentVersion
{
    public required string Id { get; init; }

    public required string ItemId { get; init; }

    public Item Item { get; init; } = null!;

    public required int Number { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string Markdown { get; init; }

    /// <summary>The sanitized HTML readers get, rendered once when the version was saved.</summary>
    public required string Html { get; init; }

    public string ChangeNote { get; init; } = "";

    public VersionState State { get; set; }

    /// <summary>Email of the staff member who wrote this version.</summary>
    public required string Author { get; init; }

    public DateTime CreatedUtc { get; init; }

    public DateTime? PublishedUtc { get; set; }

    /// <summary>For a translation, the number of the source culture's version it was translated from.</summary>
    public int? SourceVersion { get; init; }

    /// <summary>What a reviewer asked to change, when the version went back to draft.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>When an approved version is to go live by itself.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }

    /// <summary>Draft, in review or approved: not live yet, and replaced when someone saves a newer version.</summary>
    public bool IsOpen => State is VersionState.Draft or VersionState.InReview or VersionState.Approved;

    public bool IsWrittenBy(string email) => string.Equals(Author, email, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when this translation was made from an older source version than the one readers see.</summary>
    public bool IsBehind(int? publishedSourceVersion) => BehindBy(publishedSourceVersion) > 0;

    /// <summary>How many source versions this translation is behind the one readers see; 0 when it keeps up, or is no translation.</summary>
    public int BehindBy(int? publishedSourceVersion) => SourceVersionsBehind(SourceVersion, publishedSourceVersion);

    /// <summary>
    /// The rule of an outdated translation, for queries that read the two numbers without loading versions: a translation made
    /// from source version <paramref name="sourceVersion"/> is behind by how many newer source versions readers of the source see.
    /// </summary>
    public static int SourceVersionsBehind(int? sourceVersion, int? publishedSourceVersion) =>
        sourceVersion is { } source && publishedSourceVersion is { } published ? Math.Max(0, published - source) : 0;

    /// <summary>Sends this draft to review. Whoever may write its culture may send it.</summary>
    internal Outcome<Transition<int>> Submit(Actor actor, DateTime now)
    {
        var document = Item.Document;
        if (!actor.MayEdit(document, Item.Culture))
        {
            return Refusal.Forbidden(Item.Culture == document.SourceCulture
                ? "Only an Author can send the source text to review."
                : "Only a Translator or an Author can send a translation to review.");
        }

        if (State != VersionState.Draft)
        {
            return Refusal.Conflict($"Version {Number} is {Describe(State)}, not a draft; reload to see where it stands.");
        }

        return Step(MoveTo(VersionState.InReview, AuditActions.Submitted, actor, now));
    }

    /// <summary>
    /// Approves this version, the one waiting for review, when it is the version the reviewer read and
    /// someone else wrote it: an approval never lands on a text nobody read.
    /// </summary>
    internal Outcome<Transition<int>> Approve(Actor actor, int? versionRead, DateTime now)
    {
        if (!actor.MayReview())
        {
            return Refusal.Forbidden("Only a Reviewer can approve a version.");
        }

        if (CheckIsTheVersionRead(versionRead) is { } refusal)
        {
            return refusal;
        }

        if (!actor.MayApprove(this))
        {
            return Refusal.Forbidden($"You wrote version {Number}; a second person must approve it.");
        }

        return Step(MoveTo(VersionState.Approved, AuditActions.Approved, actor, now));
    }

    /// <summary>Sends the version the reviewer read back to its author as a draft, with what should change.</summary>
    internal Outcome<Transition<int>> RequestChanges(Actor actor, int? versionRead, string? comment, DateTime now)
    {
        if (!actor.MayReview())
        {
            return Refusal.Forbidden("Only a Reviewer can ask for changes.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return Refusal.Invalid("Say what should change: the comment is what the author will work from.");
        }

        if (CheckIsTheVersionRead(versionRead) is { } refusal)
        {
            return refusal;
        }

        ReviewComment = comment.Trim();
        return Step(MoveTo(VersionState.Draft, AuditActions.ChangesRequested, actor, now, ReviewComment));
    }

    /// <summary>Every change of state goes through here, so that each has its audit event, naming the state it left.</summary>
    internal AuditEvent MoveTo(VersionState to, string action, Actor actor, DateTime now, string? comment = null)
    {
        var from = State;
        State = to;
        return AuditEvent.For(Item.DocumentId, actor, action, now, Item.Culture, Number, from, to, comment);
    }

    internal static string Describe(VersionState state) => state switch
    {
        VersionState.Draft => "a draft",
        VersionState.InReview => "in review",
        _ => state.ToString().ToLowerInvariant(),
    };

    /// <summary>Null when this version waits for review and is the one the reviewer read; otherwise why no decision can be taken on it.</summary>
    private Refusal? CheckIsTheVersionRead(int? versionRead)
    {
        if (versionRead is not { } read)
        {
            return Refusal.Invalid($"Name the version you read, such as {{ \"version\": {Number} }}: a decision applies to exactly the text that was read.");
        }

        if (read < 1 || read > Number)
        {
            return Refusal.NotFound($"There is no {CultureNames.English(Item.Culture)} version {read}; the latest is version {Number}.");
        }

        if (read != Number)
        {
            return Refusal.Conflict(
                $"You read version {read}, but version {Number} has replaced it: {Author} saved it on {CreatedUtc:yyyy-MM-dd HH:mm} UTC and it is {Describe(State)}. " +
                $"Read version {Number} and what changed since version {read} before you decide.");
        }

        return State == VersionState.InReview ? null
            : Refusal.Conflict($"Version {Number} is {Describe(State)}, not waiting for review; reload to see where it stands.");
    }

    private Transition<int> Step(AuditEvent audit) => new(Number, [audit]);
}

public enum VersionState
{
    Draft,
    InReview,
    Approved,
    Published,
    Superseded,
}
