namespace Claro.Reports;

/// <summary>
/// What readers of one document saw over time, rebuilt from when each version was published and when the
/// document was withdrawn: which source version and which translation were live at any moment.
/// </summary>
internal sealed class Timeline(IReadOnlyList<LiveVersion> source, IReadOnlyList<(DateTime From, DateTime? Until)> withdrawals)
{
    /// <summary>How many days within [<paramref name="start"/>, <paramref name="end"/>) the translation lagged its source, and how many it was missing while the source was live.</summary>
    public (double Behind, double Missing) Measure(IReadOnlyList<LiveVersion> translation, DateTime start, DateTime end)
    {
        if (end <= start)
        {
            return (0, 0);
        }

        // Between two of these moments nothing changes, so one look at the start of each stretch tells its whole length.
        var moments = source.Select(v => v.From).Concat(translation.Select(v => v.From))
            .Concat(withdrawals.SelectMany(w => w.Until is { } until ? new[] { w.From, until } : [w.From]))
            .Where(t => t > start && t < end).Append(start).Append(end)
            .Distinct().Order().ToList();
        var behind = TimeSpan.Zero;
        var missing = TimeSpan.Zero;
        for (var i = 0; i < moments.Count - 1; i++)
        {
            var at = moments[i];
            var length = moments[i + 1] - at;
            if (IsWithdrawn(at) || LiveAt(source, at) is not { } sourceVersion)
            {
                continue;
            }

            if (LiveAt(translation, at) is not { } translated)
            {
                missing += length;
            }
            else if (translated.SourceVersion < sourceVersion.Number)
            {
                behind += length;
            }
        }

        return (Days(behind), Days(missing));
    }

    /// <summary>The versions whose time live overlaps [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static IEnumerable<LiveVersion> LiveDuring(IReadOnlyList<LiveVersion> versions, DateTime start, DateTime end) =>
        versions.Where((v, i) => v.From < end && (i + 1 == versions.Count || versions[i + 1].From > start));

    private bool IsWithdrawn(DateTime at) => withdrawals.Any(w => w.From <= at && (w.Until is null || at < w.Until));

    private static LiveVersion? LiveAt(IReadOnlyList<LiveVersion> versions, DateTime at) => versions.LastOrDefault(v => v.From <= at);

    /// <summary>Days to a tenth: a lag of a few hours still shows.</summary>
    private static double Days(TimeSpan span) => Math.Round(span.TotalDays, 1, MidpointRounding.AwayFromZero);
}
