using Claro.Content;

namespace Claro.Translation;

/// <summary>Where one culture of a document stands against its source.</summary>
public sealed record CultureStatus(
    string Culture,
    string Slug,
    int LatestVersion,
    VersionState State,
    int? PublishedVersion,
    int? SourceVersion,
    bool Outdated,
    int BehindBy,
    bool IsSource);

/// <summary>
/// Whether translations keep up with their source. A culture is outdated when the version it
/// shows (the published one, else the latest) was translated from an older source version than
/// the one readers of the source culture see.
/// </summary>
public static class TranslationStatus
{
    public static IReadOnlyList<CultureStatus> Of(Document document)
    {
        var publishedSource = document.PublishedSourceVersion;
        return document.Items
            .Where(i => i.Latest is not null)
            .OrderBy(i => i.Culture != document.SourceCulture).ThenBy(i => i.Culture, StringComparer.Ordinal)
            .Select(item =>
            {
                var latest = item.Latest!;
                var shown = item.Published ?? latest;
                var behindBy = item.Culture == document.SourceCulture ? 0 : shown.BehindBy(publishedSource);
                return new CultureStatus(item.Culture, item.Slug, latest.Number, latest.State, item.Published?.Number,
                    latest.SourceVersion, behindBy > 0, behindBy, item.Culture == document.SourceCulture);
            })
            .ToList();
    }
}
