using System.Text;
using Microsoft.Extensions.Localization;

namespace Claro.Notifications;

/// <summary>
/// What a mail says, already in its recipient's language: a subject, what happened, perhaps a comment quoted as
/// written, and the staff page it happened on. Nothing in it signs anyone in.
/// </summary>
internal sealed record MailText(string Subject, IReadOnlyList<string> Lines, string? Quote, string Path)
{
    /// <summary>The subject and the plain-text body, linking to <paramref name="baseUrl"/> plus the page's path; <paramref name="T"/> is in the recipient's language.</summary>
    public (string Subject, string Body) Render(IStringLocalizer T, string baseUrl)
    {
        var body = new StringBuilder();
        foreach (var line in Lines)
        {
            body.Append(line).Append("\n\n");
        }

        if (!string.IsNullOrWhiteSpace(Quote))
        {
            foreach (var line in Quote.ReplaceLineEndings("\n").Split('\n'))
            {
                body.Append("> ").Append(line).Append('\n');
            }

            body.Append('\n');
        }

        body.Append(T["Open it in Claro:"].Value).Append('\n').Append(baseUrl).Append(Path).Append("\n\n");
        body.Append("-- \n").Append(T["You get this mail as a member of the web team. Choose which mails you get, and their language, on your profile:"].Value)
            .Append('\n').Append(baseUrl).Append("/admin/profile\n");
        return (Clip(Subject.ReplaceLineEndings(" "), Notification.MaxSubject), body.ToString());
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
