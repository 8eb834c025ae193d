using Claro.Staff;

namespace Claro.Site.Admin;

/// <summary>Which staff pages a person is shown. What they may change is the library's to decide.</summary>
internal static class StaffAccess
{
    public static bool SeesShortLinks(this Actor actor) => actor.HasAny(Roles.Author, Roles.Translator, Roles.Publisher);

    public static bool SeesAuditLog(this Actor actor) => actor.HasAny(Roles.Reviewer, Roles.Publisher);
}
