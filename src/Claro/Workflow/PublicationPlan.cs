using Claro.Content;

namespace Claro.Workflow;

/// <summary>
/// Decides which versions a publish moves live, and refuses a publish that would leave a
/// translation behind its source without the publisher saying so.
/// </summary>
internal static class PublicationPlan
{
    public static Outcome<IReadOnlyList<ContentVersion>> Make(Document document, IReadOnlyCollection<string>? cultures, bool allowOutdatedTranslations)
    {
        if (cultures is null || cultures.Count == 0)
        {
            return Refusal.Invalid("Name the cultures to publish, such as [\"en\", \"es\"].");
        }

        var toPublish = new List<ContentVersion>();
        foreach (var culture in cultures.Select(CultureNames.Normalize).Distinct())
        {
            var latest = document.ItemIn(culture)?.Latest;
            if (latest is null)
            {
                return Refusal.Invalid($"The document has no {CultureNames.English(culture)} version to publish.");
            }

            if (latest.State == VersionState.Published)
            {
                return Refusal.Conflict($"{CultureNames.English(culture)} version {latest.Number} is already what readers see.");
            }

            if (latest.State != VersionState.Approved)
            {
                return Refusal.Conflict($"{CultureNames.English(culture)} version {latest.Number} is {ContentVersion.Describe(latest.State)}; a reviewer must approve it before it is published.");
            }

            toPublish.Add(latest);
        }

        var sourceCulture = document.SourceCulture;
        var publishedSource = toPublish.Find(v => v.Item.Culture == sourceCulture)?.Number
            ?? document.ItemIn(sourceCulture)?.Published?.Number;
        var behind = new List<string>();
        foreach (var item in document.Items.Where(i => i.Culture != sourceCulture))
        {
            var readersWillSee = toPublish.Find(v => v.ItemId == item.Id) ?? item.Published;
            if (readersWillSee?.SourceVersion is not { } translatedFrom)
            {
                continue;
            }

            if (publishedSource is null || translatedFrom > publishedSource)
            {
                return Refusal.Conflict(
                    $"{CultureNames.English(item.Culture)} version {readersWillSee.Number} was translated from {CultureNames.English(sourceCulture)} version {translatedFrom}, which readers do not see yet. Publish both together.");
            }

            if (readersWillSee.IsBehind(publishedSource))
            {
                behind.Add($"{CultureNames.English(item.Culture)} (translated from version {translatedFrom})");
            }
        }

        if (behind.Count > 0 && !allowOutdatedTranslations)
        {
            return Refusal.Conflict(
                $"After this publish readers of {CultureNames.English(sourceCulture)} would see version {publishedSource}, but {string.Join(", ", behind)} would be left behind. " +
                "Publish an updated translation together with it, or set allowOutdatedTranslations to publish anyway: readers of the older translation are then told it is being updated.");
        }

        return toPublish;
    }
}
