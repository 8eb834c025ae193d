using Claro.Content;
using Claro.Reading;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Links;

/// <summary>A short link with its daily counts, as the admin list shows it.</summary>
public sealed record ShortLinkSummary(string Code, string DocumentId, string Culture, string? Title, IReadOnlyList<DailyHits> Hits)
{
    public int Total => Hits.Sum(h => h.Count);
}

public sealed record DailyHits(DateOnly Date, int Count);

/// <summary>Creating, resolving and counting short links.</summary>
public sealed class ShortLinkService(ClaroDbContext db, TimeProvider clock, IOptions<ClaroOptions> options, ShortLinkHitCounter hits)
{
    public async Task<Outcome<ShortLink>> CreateAsync(Actor actor, string? code, string? documentId, string? namedCulture, CancellationToken ct = default)
    {
        if (!actor.MayMakeShortLinks())
        {
            return Refusal.Forbidden("Only an Author, a Translator or a Publisher can make short links.");
        }

        var canonical = ShortCode.Canonical(code);
        if (ShortCode.Check(canonical, options.Value.Cultures) is { } refusal)
        {
            return refusal;
        }

        if (options.Value.SiteCulture(namedCulture) is not { } culture)
        {
            return Refusal.Invalid(options.Value.NotASiteCulture(namedCulture));
        }

        if (string.IsNullOrEmpty(documentId) || !await db.Documents.AnyAsync(d => d.Id == documentId, ct))
        {
            return Refusal.NotFound($"There is no document with id '{documentId}'.");
        }

        if (!await db.Items.AnyAsync(i => i.DocumentId == documentId && i.Culture == culture, ct))
        {
            return Refusal.Invalid($"The document has no {CultureNames.English(culture)} version for the link to open.");
        }

        if (await db.ShortLinks.AsNoTracking().SingleOrDefaultAsync(l => l.Code == canonical, ct) is { } taken)
        {
            return Refusal.Conflict($"The code '{canonical}' is taken (it opens the {CultureNames.English(taken.Culture)} page of document {taken.DocumentId}); listeners could not tell them apart. Choose another, such as '{canonical}-{culture}'.");
        }

        var link = new ShortLink { Code = canonical, DocumentId = documentId, Culture = culture, CreatedUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = actor.Email };
        db.ShortLinks.Add(link);
        db.AuditEvents.Add(AuditEvent.For(documentId, actor, AuditActions.ShortLinkCreated, link.CreatedUtc, culture, comment: $"/s/{canonical}"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (!DatabaseFailure.IsUnavailable(e))
        {
            return Refusal.Conflict($"The code '{canonical}' was taken a moment ago; choose another.");
        }

        return link;
    }

    /// <summary>Where a code typed by a listener leads: the culture and slug of its page, or null while readers cannot see that page.</summary>
    public async Task<(string Code, string Culture, string Slug)?> ResolveAsync(string typed, CancellationToken ct = default)
    {
        var code = ShortCode.Canonical(typed);
        if (code.Length is 0 or > ShortCode.MaxLength)
        {
            return null;
        }

        var target = await db.ShortLinks.AsNoTracking()
            .Where(l => l.Code == code)
            .Select(l => new { l.Code, l.Culture, Slug = db.Items.Published().Where(i => i.DocumentId == l.DocumentId && i.Culture == l.Culture).Select(i => i.Slug).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        return target?.Slug is null ? null : (target.Code, target.Culture, target.Slug);
    }

    /// <summary>Counts one redirect for today, in memory (see <see cref="ShortLinkHitCounter"/>). Only the count is kept: no address, no agent, no cookie.</summary>
    public void Count(string code) => hits.Add(code, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public async Task<IReadOnlyList<ShortLinkSummary>> ListAsync(string? documentId = null, CancellationToken ct = default)
    {
        await hits.FlushAsync(db, ct);
        var links = await db.ShortLinks.AsNoTracking()
            .Where(l => documentId == null || l.DocumentId == documentId)
            .OrderBy(l => l.Code)
            .Select(l => new
            {
                l.Code,
                l.DocumentId,
                l.Culture,
                Title = db.Items.Where(i => i.DocumentId == l.DocumentId && i.Culture == l.Culture).Select(i => i.PublishedVersion!.Title).FirstOrDefault(),
                Hits = l.Hits.OrderBy(h => h.Day).Select(h => new DailyHits(h.Day, h.Count)).ToList(),
            })
            .ToListAsync(ct);
        return links.Select(l => new ShortLinkSummary(l.Code, l.DocumentId, l.Culture, l.Title, l.Hits)).ToList();
    }
}
