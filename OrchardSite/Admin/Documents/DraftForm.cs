namespace Claro.Site.Admin.Documents;

/// <summary>
/// The fields a version is written in, bound as <c>Input.*</c> by the pages that write one.
/// <see cref="BaseVersion"/> is the latest version when the form was opened, so a save on top of
/// someone else's is refused instead of overwriting it. A field sent empty binds as null: it reads as "".
/// <see cref="Submit"/> is sent by the "Save and send to review" button.
/// </summary>
internal sealed class DraftForm
{
    public string Culture { get; set => field = value ?? ""; } = "";

    public string Slug { get; set => field = value ?? ""; } = "";

    public string Title { get; set => field = value ?? ""; } = "";

    public string Summary { get; set => field = value ?? ""; } = "";

    public string Body { get; set => field = value ?? ""; } = "";

    public string ChangeNote { get; set => field = value ?? ""; } = "";

    public int BaseVersion { get; set; }

    public bool Submit { get; set; }

    public static DraftForm From(Claro.Content.ContentVersion? version) => version is null ? new() : new()
    {
        Slug = version.Slug,
        Title = version.Title,
        Summary = version.Summary,
        Body = version.Markdown,
        BaseVersion = version.Number,
    };

    /// <summary>Where the pages send the writer after a save, and what they tell them there.</summary>
    public string Done => Submit ? "saved-submitted" : "saved";

    public Claro.Workflow.DraftInput ToInput(int? sourceVersion = null) => new(Slug, Title, Summary, Body, ChangeNote, BaseVersion, sourceVersion, Submit);
}

/// <summary>What <c>_TextFields.cshtml</c> shows: the form, in which language its text is written, and whether the body is one textarea.</summary>
internal sealed record TextFields(DraftForm Form, string Lang, bool WithBody = true, bool WithChangeNote = true);
