using Claro.Content;
using Claro.Staff;

namespace Claro.Workflow;

/// <summary>
/// Who may do what. The rule of each transition asks these, and so do the staff pages when they decide
/// what to offer, so that a page never offers a step its rule would refuse.
/// </summary>
public static class Permissions
{
    public static bool MayStartDocuments(this Actor actor) => actor.Has(Roles.Author);

    /// <summary>The source text is an Author's to write; a translation, a Translator's or an Author's. Whoever may write a culture sends it to review.</summary>
    public static bool MayEdit(this Actor actor, Document document, string culture) =>
        culture == document.SourceCulture ? actor.Has(Roles.Author) : actor.HasAny(Roles.Translator, Roles.Author);

    /// <summary>Whoever writes some text, a source or a translation: the readability score is theirs.</summary>
    public static bool MayWrite(this Actor actor) => actor.HasAny(Roles.Author, Roles.Translator);

    public static bool MayReview(this Actor actor) => actor.Has(Roles.Reviewer);

    /// <summary>Four eyes: a reviewer approves only what someone else wrote.</summary>
    public static bool MayApprove(this Actor actor, ContentVersion version) => actor.MayReview() && !version.IsWrittenBy(actor.Email);

    public static bool MayPublish(this Actor actor) => actor.Has(Roles.Publisher);

    /// <summary>Short links are for those who write or publish a page, and share it.</summary>
    public static bool MayMakeShortLinks(this Actor actor) => actor.HasAny(Roles.Author, Roles.Translator, Roles.Publisher);

    /// <summary>The audit trail is read by those who decide on versions.</summary>
    public static bool MayReadAuditLog(this Actor actor) => actor.HasAny(Roles.Reviewer, Roles.Publisher);
    /// <summary>The review date is the document's owner's to keep, and the publishers'.</summary>
    public static bool MaySetReviewDate(this Actor actor) => actor.HasAny(Roles.Author, Roles.Publisher);

    /// <summary>The language-access report tells the department how it serves each language: for those who answer for what is public.</summary>
    public static bool MaySeeReports(this Actor actor) => actor.Has(Roles.Publisher);

    /// <summary>Backups and recipe imports move whole sites: an administrator's task.</summary>
    public static bool MayTransferContent(this Actor actor) => actor.Has(Roles.Admin);
}
