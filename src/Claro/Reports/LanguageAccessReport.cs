using Claro.Content;
using Claro.Reading;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Reports;

/// <summary>
/// Builds the language-access report from what the database already keeps: when each version went live (and so
/// which translation lagged which source version, and for how long), withdrawals and approvals from the audit
/// trail, and the daily page views. Only projections are read, never the texts, so a site of thousands of
/// documents is reported on in one pass.
/// </summary>
public sealed class LanguageAccessReport(ClaroDbContext db, TimeProvider clock, IOptions<ClaroOptions> options, PageViewCounts pageViews)
{
    /// <summary>The longest period one report covers: three years.</summary>
    public const int MaxDays = 3 * 366;

    /// <summary>The period shown when none is chosen: the last 90 days, today included.</summary>
    public static (DateOnly From, DateOnly To) DefaultPeriod(DateOnly today) => (today.AddDays(-89), today);

    public async Task<Outcome<LanguageAccess>> BuildAsync(Actor actor, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (!actor.MaySeeReports())
        {
            return Refusal.Forbidden("Only a Publisher or an Admin can see the language-access report.");
        }

        if (to < from)
        {
            return Refusal.Invalid($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); swap 'from' and 'to'.");
        }

        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            return Refusal.Invalid($"A report covers at most {MaxDays} days; choose a shorter period.");
        }

        await pageViews.FlushAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = new DateTime(Math.Min(to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Ticks, now.Ticks), DateTimeKind.Utc);
        var cultures = options.Value.Cultures;

        var documents = await db.Documents.AsNoTracking()
            .Select(d => new { d.Id, d.SourceCulture, d.WithdrawnUtc })
            .ToListAsync(ct);
        var items = (await db.Items.AsNoTracking()
            .Select(i => new { i.DocumentId, i.Culture, Published = i.PublishedVersion == null ? null : new { i.PublishedVersion.Number, i.PublishedVersion.SourceVersion, i.PublishedVersion.Title } })
            .ToListAsync(ct)).ToLookup(i => i.DocumentId);
        var published = (await db.Versions.AsNoTracking()
            .Where(v => v.PublishedUtc != null)
            .Select(v => new { v.Item.DocumentId, v.Item.Culture, v.Number, v.SourceVersion, At = v.PublishedUtc!.Value })
            .ToListAsync(ct)).ToLookup(v => (v.DocumentId, v.Culture));
        var events = (await db.AuditEvents.AsNoTracking()
            .Where(a => a.Action == AuditActions.Approved || a.Action == AuditActions.Published || a.Action == AuditActions.Withdrawn)
            .OrderBy(a => a.Id)
            .Select(a => new { a.DocumentId, a.Action, a.At, a.Culture, a.Version, a.Actor })
            .ToListAsync(ct)).ToLookup(a => a.DocumentId);
        var views = (await db.PageViews.AsNoTracking()
            .Where(v => v.Day >= from && v.Day <= to)
            .GroupBy(v => new { v.DocumentId, v.Culture })
            .Select(g => new { g.Key.DocumentId, g.Key.Culture, Views = g.Sum(v => v.Count) })
            .ToListAsync(ct)).ToDictionary(v => (v.DocumentId, v.Culture), v => v.Views);

        var rows = new List<DocumentAccess>();
        foreach (var document in documents)
        {
            var live = cultures.ToDictionary(c => c, c => (IReadOnlyList<LiveVersion>)published[(document.Id, c)]
                .OrderBy(v => v.At).Select(v => new LiveVersion(v.At, v.Number, v.SourceVersion)).ToList());
            var firstPublished = live.Values.SelectMany(v => v).Select(v => (DateTime?)v.From).Min();
            // A document first published on the period's last day is in it, even when that moment is now.
            if (firstPublished is not { } first || DateOnly.FromDateTime(first) > to || !live.TryGetValue(document.SourceCulture, out var source))
            {
                continue;
            }

            var history = events[document.Id].ToList();
            var timeline = new Timeline(source, Withdrawals(history.Select(e => (e.Action, e.At)).ToList(), document.WithdrawnUtc));
            var documentItems = items[document.Id].ToList();
            var sourcePublished = documentItems.Find(i => i.Culture == document.SourceCulture)?.Published;
            var title = sourcePublished?.Title ?? documentItems.Select(i => i.Published?.Title).FirstOrDefault(t => t is not null) ?? document.Id;
            rows.Add(new DocumentAccess(document.Id, title, cultures.Select(culture =>
            {
                var versions = live[culture];
                var current = documentItems.Find(i => i.Culture == culture)?.Published;
                var (behind, missing) = culture == document.SourceCulture ? (0, 0) : timeline.Measure(versions, start, end);
                var seen = Timeline.LiveDuring(versions, start, end).Select(v => v.Number).ToHashSet();
                var reviewers = history
                    .Where(e => e.Action == AuditActions.Approved && e.Culture == culture && e.Version is { } n && seen.Contains(n))
                    .Select(e => e.Actor).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                var state = document.WithdrawnUtc is not null ? CultureStates.Withdrawn
                    : current is null ? CultureStates.NotPublished
                    : current.SourceVersion < sourcePublished?.Number ? CultureStates.Outdated
                    : CultureStates.Published;
                return new CultureAccess(culture, versions.Count == 0 ? null : DateOnly.FromDateTime(versions[0].From), state, current?.Number,
                    behind, missing, reviewers, views.GetValueOrDefault((document.Id, culture)));
            }).ToList()));
        }

        rows = [.. rows.OrderBy(r => r.Title, StringComparer.CurrentCulture).ThenBy(r => r.Id, StringComparer.Ordinal)];
        var totals = cultures.Select(c =>
        {
            var all = rows.Select(r => r.Cultures.First(x => x.Culture == c)).ToList();
            return new LanguageTotal(c, all.Sum(x => x.Views), Math.Round(all.Sum(x => x.DaysBehind), 1), Math.Round(all.Sum(x => x.DaysMissing), 1));
        }).ToList();
        return new LanguageAccess(from, to, rows, totals, await WeeksAsync(from, to, cultures, ct));
    }

    /// <summary>Readers per language in each ISO week (Monday to Sunday) the period touches, counting only its own days.</summary>
    private async Task<IReadOnlyList<WeeklyViews>> WeeksAsync(DateOnly from, DateOnly to, IReadOnlyList<string> cultures, CancellationToken ct)
    {
        var daily = await db.PageViews.AsNoTracking()
            .Where(v => v.Day >= from && v.Day <= to)
            .GroupBy(v => new { v.Day, v.Culture })
            .Select(g => new { g.Key.Day, g.Key.Culture, Views = g.Sum(v => v.Count) })
            .ToListAsync(ct);
        var weeks = new List<WeeklyViews>();
        for (var monday = WeekOf(from); monday <= to; monday = monday.AddDays(7))
        {
            var week = monday;
            weeks.AddRange(cultures.Select(c => new WeeklyViews(week, c, daily.Where(d => d.Culture == c && WeekOf(d.Day) == week).Sum(d => d.Views))));
        }

        return weeks;
    }

    /// <summary>The Monday of the ISO week a day falls in.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>
    /// When the document was off the site: from each withdrawal to the next publication, which brings it back;
    /// a withdrawal the trail does not show (a restored backup's) from when the document says.
    /// </summary>
    private static List<(DateTime From, DateTime? Until)> Withdrawals(IReadOnlyList<(string Action, DateTime At)> history, DateTime? withdrawnNow)
    {
        var withdrawals = new List<(DateTime From, DateTime? Until)>();
        DateTime? since = null;
        foreach (var (action, at) in history)
        {
            if (action == AuditActions.Withdrawn)
            {
                since ??= at;
            }
            else if (action == AuditActions.Published && since is { } from)
            {
                withdrawals.Add((from, at));
                since = null;
            }
        }

        if ((since ?? withdrawnNow) is { } open)
        {
            withdrawals.Add((open, null));
        }

        return withdrawals;
    }
}
