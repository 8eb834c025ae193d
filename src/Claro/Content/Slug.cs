using System.Text;

namespace Claro.Content;

/// <summary>
/// Slugs are lower-case ASCII letters, digits and hyphens. Readers type them from memory,
/// so a request matches a slug after case and accents are folded away.
/// </summary>
public static class Slug
{
    public const int MaxLength = 120;

    /// <summary>Folds text to slug form: <c>"¿Inmigración?"</c> → <c>"inmigracion"</c>.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in Accents.Strip(text))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Addresses under a culture that the site uses itself (<c>/es/search</c>), never a page's.</summary>
    public static bool IsReserved(string slug) => slug is "search" or "history";

    /// <summary>The longest path <see cref="FoldPath"/> gives that is remembered or looked up.</summary>
    public const int MaxPathLength = 400;

    /// <summary>
    /// Folds each segment of a path as <see cref="Fold"/> folds a slug, dropping segments that fold to nothing:
    /// <c>"/Community-Notes/Nuevo Horario/"</c> → <c>"community-notes/nuevo-horario"</c>.
    /// </summary>
    public static string FoldPath(string? path) =>
        string.Join('/', (path ?? "").Split('/').Select(Fold).Where(segment => segment.Length > 0));

    /// <summary>True for a folded slug that can be a page's address: not empty, not too long, not one the site uses itself.</summary>
    public static bool CanAddressPage(string folded) => folded.Length is > 0 and <= MaxLength && !IsReserved(folded);

    /// <summary>True for a slug already in its canonical form.</summary>
    public static bool IsCanonical(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && Fold(slug) == slug;
}
