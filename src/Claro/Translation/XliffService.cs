using Claro.Content;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Translation;

/// <summary>Sends a source version out as XLIFF and brings the translated file back as a new translation draft.</summary>
public sealed class XliffService(ClaroDbContext db, EditorialService editorial, TranslationMemory memory, IOptions<ClaroOptions> options)
{
    public async Task<Outcome<string>> ExportAsync(string documentId, string culture, string? targetCulture, CancellationToken ct = default)
    {
        if (options.Value.SiteCulture(targetCulture) is not { } target || target == culture)
        {
            return Refusal.Invalid($"Name the language to translate into with ?target=, one of {string.Join(", ", options.Value.Cultures.Where(c => c != culture))}.");
        }

        var document = await LoadAsync(documentId, ct);
        var source = document?.ItemIn(culture)?.Latest;
        if (document is null || source is null)
        {
            return Refusal.NotFound($"Document '{documentId}' has no '{culture}' version to translate.");
        }

        var units = TranslationUnits.Of(source.Title, source.Summary, source.Markdown);
        var current = document.ItemIn(target)?.Latest;
        var targets = current is null ? null : CurrentTargets(units, current);
        return Xliff.Write(document.Id, culture, source.Number, target, units, targets, await FromMemoryAsync(culture, target, units, targets, ct));
    }

    /// <summary>The latest translation, unit by unit, as targets with the source's codes: when both versions have the same units and each unit the same codes.</summary>
    private static Dictionary<string, IReadOnlyList<UnitPart>>? CurrentTargets(IReadOnlyList<TranslationUnit> units, ContentVersion current)
    {
        var translated = TranslationUnits.Of(current.Title, current.Summary, current.Markdown);
        if (!translated.Select(u => (u.Id, u.Kind)).SequenceEqual(units.Select(u => (u.Id, u.Kind))))
        {
            return null;
        }

        var targets = new Dictionary<string, IReadOnlyList<UnitPart>>();
        foreach (var (unit, translation) in units.Zip(translated))
        {
            if (unit.Align(translation) is { } aligned)
            {
                targets[unit.Id] = aligned;
            }
        }

        return targets;
    }

    /// <summary>
    /// Exact matches from the memory for the units without a current target. The memory keeps the words of each
    /// unit without its codes, so a match carries no codes and is offered only for a unit that has none either:
    /// a unit with emphasis or a link would get a target missing the source's codes, which its import refuses.
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<UnitPart>>?> FromMemoryAsync(string culture, string target,
        IReadOnlyList<TranslationUnit> units, Dictionary<string, IReadOnlyList<UnitPart>>? targets, CancellationToken ct)
    {
        var open = units.Where(u => u.Codes.Count == 0 && targets?.ContainsKey(u.Id) != true).ToList();
        if (open.Count == 0)
        {
            return null;
        }

        var remembered = await memory.ExactAsync(culture, target, open.Select(u => u.Text), ct);
        return open.Where(u => remembered.ContainsKey(MemoryUnit.Normalize(u.Text)))
            .ToDictionary(u => u.Id, u => (IReadOnlyList<UnitPart>)[new TextPart(remembered[MemoryUnit.Normalize(u.Text)])]);
    }

    /// <summary>Checks a translated file against the version it was exported from, then saves it as a draft of the target culture.</summary>
    public async Task<Outcome<int>> ImportAsync(Actor actor, string documentId, string culture, Stream file, CancellationToken ct = default)
    {
        var read = Xliff.Read(file);
        if (read.Refusal is { } unreadable)
        {
            return unreadable;
        }

        var translation = read.Value!;
        if (translation.DocumentId != documentId)
        {
            return Refusal.Invalid($"The file was exported from document '{translation.DocumentId}', not '{documentId}'.");
        }

        if (translation.SourceCulture != culture)
        {
            return Refusal.Invalid($"The file translates from '{translation.SourceCulture}', but this address is for '{culture}'.");
        }

        if (!options.Value.IsSupported(translation.TargetCulture) || translation.TargetCulture == culture)
        {
            return Refusal.Invalid($"trgLang '{translation.TargetCulture}' is not one of the site's other languages ({string.Join(", ", options.Value.Cultures.Where(c => c != culture))}).");
        }

        var document = await LoadAsync(documentId, ct);
        if (document is null)
        {
            return Refusal.NotFound($"There is no document with id '{documentId}'.");
        }

        var source = document.ItemIn(culture)?.Versions.Find(v => v.Number == translation.SourceVersion);
        if (source is null)
        {
            return Refusal.Invalid($"The file was exported from {culture} version {translation.SourceVersion}, which this document does not have.");
        }

        var units = TranslationUnits.Of(source.Title, source.Summary, source.Markdown);
        var unknown = translation.Targets.Keys.Where(id => units.All(u => u.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            return Refusal.Invalid($"The file has units this document version does not have: {string.Join(", ", unknown)}. Export the file again and translate that one.");
        }

        var untranslated = units.Where(u => !translation.Targets.TryGetValue(u.Id, out var target) || !target.OfType<TextPart>().Any(t => t.Text.Trim().Length > 0))
            .Select(u => u.Id).ToList();
        if (untranslated.Count > 0)
        {
            return Refusal.Invalid($"These units have no translation yet: {string.Join(", ", untranslated)}.");
        }

        var translated = TranslationUnits.Apply(source.Title, source.Summary, source.Markdown, translation.Targets);
        if (translated.Refusal is { } untranslatable)
        {
            return untranslatable;
        }

        var text = translated.Value!;
        var targetItem = document.ItemIn(translation.TargetCulture);
        var draft = new DraftInput(
            targetItem?.Slug ?? await FreeSlugAsync(translation.TargetCulture, Slug.Fold(text.Title), ct),
            text.Title,
            text.Summary,
            text.Body,
            $"Translated from {culture} version {source.Number} (XLIFF)",
            targetItem?.LatestVersionNumber ?? 0,
            source.Number);
        db.ChangeTracker.Clear();
        return await editorial.SaveDraftAsync(actor, documentId, translation.TargetCulture, draft, ct);
    }

    /// <summary>A translator cannot pick the address in an XLIFF file: take the title's, numbered when another page has it.</summary>
    private async Task<string> FreeSlugAsync(string culture, string slug, CancellationToken ct)
    {
        var candidate = slug;
        for (var n = 2; await db.Items.AnyAsync(i => i.Culture == culture && i.Slug == candidate, ct); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private Task<Document?> LoadAsync(string documentId, CancellationToken ct) =>
        db.Documents.AsNoTracking().WithVersions().SingleOrDefaultAsync(d => d.Id == documentId, ct);
}
