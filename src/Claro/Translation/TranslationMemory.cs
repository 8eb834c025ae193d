using Claro.Content;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Translation;

/// <summary>A remembered translation offered for a unit of text: exact (score 1) or close, with how its source differs.</summary>
public sealed record MemoryMatch(long Id, string Source, string Target, double Score, string? DocumentId, int? Version, IReadOnlyList<DiffPiece> Differences)
{
    public bool Exact => Score >= 1;
}

/// <summary>
/// Every approved pair of source and translated units (title, summary, heading, paragraph, list item, as
/// XLIFF cuts them), per language pair, so that a sentence translated once is offered the next time it
/// appears: in the side-by-side editor, pre-filled in XLIFF exports, and in and out as TMX.
/// </summary>
public sealed class TranslationMemory(ClaroDbContext db, TimeProvider clock, IOptions<ClaroOptions> options) : IApprovalListener
{
    /// <summary>How many matches are offered for one unit, best first.</summary>
    public const int MaxMatches = 5;

    // An import loses a race only to one that stored the same pairs; the next attempt finds them known.
    private const int ImportAttempts = 3;

    /// <summary>
    /// Remembers the pairs of an approved translation and the source version it was made from. Runs inside the
    /// approval's transaction. Title and summary pair by themselves; the body's units pair one to one when the
    /// translation kept the source's structure (the same headings, paragraphs and list items in the same order),
    /// and are left out when it did not, since then nobody can say which sentence translates which.
    /// </summary>
    public async Task VersionApprovedAsync(Document document, ContentVersion version, Actor approver, DateTime at, CancellationToken cancellationToken)
    {
        var culture = document.Items.Find(i => i.Id == version.ItemId)?.Culture;
        var source = document.ItemIn(document.SourceCulture)?.Versions.Find(v => v.Number == version.SourceVersion);
        if (culture is null || culture == document.SourceCulture || source is null)
        {
            return;
        }

        var pairs = Pairs(TranslationUnits.Of(source.Title, source.Summary, source.Markdown), TranslationUnits.Of(version.Title, version.Summary, version.Markdown))
            .Select(p => MemoryUnit.Of(document.SourceCulture, culture, p.Source, p.Target))
            .Where(u => u.SourceText.Length > 0 && u.TargetText.Length > 0 && u.SourceText != u.TargetText)
            .ToList();
        await AddAsync(pairs, document.Id, version.Number, at, approver.Email, cancellationToken);
    }

    /// <summary>Exact and close matches for a text a person asks about, or why the question cannot be answered.</summary>
    public async Task<Outcome<IReadOnlyList<MemoryMatch>>> LookUpAsync(string? sourceCulture, string? targetCulture, string? text, CancellationToken ct = default)
    {
        var pair = Pair(sourceCulture, targetCulture);
        if (pair.Refusal is { } refusal)
        {
            return refusal;
        }

        var (source, target) = pair.Value;

        if (string.IsNullOrWhiteSpace(text) || text.Length > Tmx.MaxSegmentLength)
        {
            return Refusal.Invalid($"Send the source text to look up with ?text=, at most {Tmx.MaxSegmentLength} characters.");
        }

        return Outcome(await FindAsync(source, target, text, ct));
    }

    /// <summary>Exact and close matches for one unit of source text, best first.</summary>
    public async Task<IReadOnlyList<MemoryMatch>> FindAsync(string sourceCulture, string targetCulture, string text, CancellationToken ct = default)
    {
        var normalized = MemoryUnit.Normalize(text);
        if (normalized.Length == 0)
        {
            return [];
        }

        var key = MemoryUnit.KeyOf(normalized);
        var (min, max) = Similarity.ComparableLengths(Similarity.Words(normalized));
        var candidates = await db.TranslationMemory.AsNoTracking()
            .Where(u => u.SourceCulture == sourceCulture && u.TargetCulture == targetCulture
                && (u.SourceKey == key || (u.SourceWords >= min && u.SourceWords <= max)))
            .ToListAsync(ct);
        return candidates
            .Select(u => (Unit: u, Score: u.SourceKey == key && u.SourceText == normalized ? 1 : Math.Min(Similarity.Score(u.SourceText, normalized), 0.99)))
            .Where(c => c.Score >= Similarity.Threshold)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Unit.RememberedUtc).ThenByDescending(c => c.Unit.Id)
            .DistinctBy(c => (c.Unit.SourceText, c.Unit.TargetText))
            .Take(MaxMatches)
            .Select(c => new MemoryMatch(c.Unit.Id, c.Unit.SourceText, c.Unit.TargetText, c.Score, c.Unit.DocumentId, c.Unit.Version,
                Similarity.Differences(c.Unit.SourceText, normalized)))
            .ToList();
    }

    /// <summary>The latest exact translation remembered for each text that has one.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ExactAsync(string sourceCulture, string targetCulture, IEnumerable<string> texts, CancellationToken ct = default)
    {
        var byKey = texts.Select(MemoryUnit.Normalize).Where(t => t.Length > 0).Distinct().ToDictionary(MemoryUnit.KeyOf, t => t);
        var keys = byKey.Keys.ToList();
        var units = await db.TranslationMemory.AsNoTracking()
            .Where(u => u.SourceCulture == sourceCulture && u.TargetCulture == targetCulture && keys.Contains(u.SourceKey))
            .ToListAsync(ct);
        return units.Where(u => u.SourceText == byKey[u.SourceKey])
            .GroupBy(u => u.SourceText)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.RememberedUtc).ThenByDescending(u => u.Id).First().TargetText);
    }

    /// <summary>One remembered unit, as the editor takes it into a field.</summary>
    public Task<MemoryUnit?> UnitAsync(long id, CancellationToken ct = default) =>
        db.TranslationMemory.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>The memory of one language pair as a TMX 1.4b document.</summary>
    public async Task<Outcome<string>> ExportTmxAsync(string? sourceCulture, string? targetCulture, CancellationToken ct = default)
    {
        var pair = Pair(sourceCulture, targetCulture);
        if (pair.Refusal is { } refusal)
        {
            return refusal;
        }

        var (source, target) = pair.Value;

        var units = await db.TranslationMemory.AsNoTracking()
            .Where(u => u.SourceCulture == source && u.TargetCulture == target)
            .OrderBy(u => u.Id)
            .ToListAsync(ct);
        return Tmx.Write(source, target, units);
    }

    /// <summary>Adds the units of a TMX file to the memory of one language pair: all of them, or, if anything is wrong with the file, none.</summary>
    public async Task<Outcome<TmxImported>> ImportTmxAsync(Actor actor, string? sourceCulture, string? targetCulture, Stream file, CancellationToken ct = default)
    {
        if (!actor.HasAny(Roles.Translator, Roles.Admin))
        {
            return Refusal.Forbidden("Only a Translator or an Admin can add to the translation memory.");
        }

        var pair = Pair(sourceCulture, targetCulture);
        if (pair.Refusal is { } refusal)
        {
            return refusal;
        }

        var (source, target) = pair.Value;

        var read = Tmx.Read(file, source, target);
        if (read.Refusal is { } unreadable)
        {
            return unreadable;
        }

        var pairs = read.Value!;
        for (var attempt = 1; ; attempt++)
        {
            var units = pairs.Select(p => MemoryUnit.Of(source, target, p.Source, p.Target)).ToList();
            var added = await AddAsync(units, null, null, clock.GetUtcNow().UtcDateTime, actor.Email, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return new TmxImported(added, units.Count - added);
            }
            catch (DbUpdateException e) when (e.IsLostRace() && attempt < ImportAttempts)
            {
                // Another import or approval stored some of these pairs first: count them again as known.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static Outcome<IReadOnlyList<MemoryMatch>> Outcome(IReadOnlyList<MemoryMatch> matches) => new(matches, null);

    /// <summary>The site's names of the two languages a request names with <c>?source=</c> and <c>?target=</c>, unless they are not two different ones of the site.</summary>
    private Outcome<(string Source, string Target)> Pair(string? sourceCulture, string? targetCulture) =>
        (options.Value.SiteCulture(sourceCulture), options.Value.SiteCulture(targetCulture)) is ({ } source, { } target) && source != target
            ? (source, target)
            : Refusal.Invalid($"Name two different languages of the site with ?source= and ?target=, from {string.Join(", ", options.Value.Cultures)}.");

    /// <summary>Adds the pairs the memory does not have yet; a pair it has is credited to this newer source. Does not save.</summary>
    private async Task<int> AddAsync(IReadOnlyList<MemoryUnit> units, string? documentId, int? version, DateTime at, string by, CancellationToken ct)
    {
        var unique = units.DistinctBy(u => (u.SourceText, u.TargetText)).ToList();
        if (unique.Count == 0)
        {
            return 0;
        }

        var (source, target) = (unique[0].SourceCulture, unique[0].TargetCulture);
        var keys = unique.Select(u => u.SourceKey).ToHashSet();
        foreach (var chunk in keys.Chunk(500))
        {
            await db.TranslationMemory.Where(u => u.SourceCulture == source && u.TargetCulture == target && chunk.Contains(u.SourceKey)).LoadAsync(ct);
        }

        // What the database has, and what this unit of work added before saving (a recipe brings many documents at once).
        var known = db.TranslationMemory.Local.Where(u => u.SourceCulture == source && u.TargetCulture == target && keys.Contains(u.SourceKey)).ToList();

        var added = 0;
        foreach (var unit in unique)
        {
            if (known.Find(k => k.SourceText == unit.SourceText && k.TargetText == unit.TargetText) is { } existing)
            {
                if (documentId is not null)
                {
                    existing.DocumentId = documentId;
                    existing.Version = version;
                    existing.RememberedUtc = at;
                    existing.RememberedBy = by;
                }

                continue;
            }

            unit.DocumentId = documentId;
            unit.Version = version;
            unit.RememberedUtc = at;
            unit.RememberedBy = by;
            db.TranslationMemory.Add(unit);
            added++;
        }

        return added;
    }

    private static IEnumerable<(string Source, string Target)> Pairs(IReadOnlyList<TranslationUnit> source, IReadOnlyList<TranslationUnit> target)
    {
        foreach (var id in new[] { TranslationUnits.Title, TranslationUnits.Summary })
        {
            if (source.FirstOrDefault(u => u.Id == id) is { } s && target.FirstOrDefault(u => u.Id == id) is { } t)
            {
                yield return (s.Text, t.Text);
            }
        }

        var sourceBody = source.Where(u => u.Id is not (TranslationUnits.Title or TranslationUnits.Summary)).ToList();
        var targetBody = target.Where(u => u.Id is not (TranslationUnits.Title or TranslationUnits.Summary)).ToList();
        if (sourceBody.Select(u => u.Kind).SequenceEqual(targetBody.Select(u => u.Kind)))
        {
            foreach (var (s, t) in sourceBody.Zip(targetBody))
            {
                yield return (s.Text, t.Text);
            }
        }
    }
}

/// <summary>What a TMX import did: units added, and units the memory already had.</summary>
public sealed record TmxImported(int Added, int Known);
