using System.Globalization;
using System.Xml.Linq;

namespace Claro.Reports;

/// <summary>
/// Bar charts drawn on the server as SVG: readable without JavaScript, with a title and a description that screen
/// readers announce (<c>role="img"</c>), and a table next to them on the page with the same figures. Colours are
/// presentation attributes, which a Content-Security-Policy without inline styles still lets through.
/// </summary>
public static class SvgChart
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Bar colours with a contrast of at least 3:1 on white (WCAG 1.4.11), told apart by the legend's words too.</summary>
    private static readonly string[] Colours = ["#1f4e9a", "#a3430b", "#2f6b2f", "#6b2f86"];

    private const int Width = 720;
    private const int LabelWidth = 260;
    private const int Bar = 18;

    /// <summary>
    /// One group of bars per <paramref name="groups"/> entry (a week), one bar per series (a language) in each,
    /// <paramref name="value"/>(group, series) high; a legend names the series.
    /// </summary>
    public static XElement Columns(string id, string title, string description, IReadOnlyList<string> groups, IReadOnlyList<string> series,
        Func<int, int, double> value, CultureInfo culture)
    {
        const int top = 30, plot = 200, bottom = 60;
        var max = Math.Max(1, Enumerable.Range(0, groups.Count).SelectMany(g => Enumerable.Range(0, series.Count).Select(s => value(g, s))).DefaultIfEmpty(0).Max());
        var groupWidth = Math.Max(series.Count * Bar + 12, (Width - 60) / Math.Max(1, groups.Count));
        var width = Math.Max(Width, 60 + groupWidth * groups.Count);
        var chart = Frame(id, title, description, width, top + plot + bottom);
        chart.Add(Axis(50, top + plot, width - 10, top + plot));
        chart.Add(Text(45, top + 4, Number(max, culture), "end"), Text(45, top + plot, "0", "end"));
        for (var g = 0; g < groups.Count; g++)
        {
            var x = 60 + g * groupWidth;
            for (var s = 0; s < series.Count; s++)
            {
                var v = value(g, s);
                var height = v / max * plot;
                chart.Add(new XElement(Svg + "rect",
                    new XAttribute("x", Coordinate(x + s * Bar)), new XAttribute("y", Coordinate(top + plot - height)),
                    new XAttribute("width", Bar - 2), new XAttribute("height", Coordinate(height)), new XAttribute("fill", Colours[s % Colours.Length]),
                    new XElement(Svg + "title", $"{groups[g]}, {series[s]}: {Number(v, culture)}")));
            }

            chart.Add(Text(x, top + plot + 16, groups[g], "start"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var x = 60 + s * 160;
            chart.Add(new XElement(Svg + "rect", new XAttribute("x", x), new XAttribute("y", top + plot + 34), new XAttribute("width", 12), new XAttribute("height", 12),
                new XAttribute("fill", Colours[s % Colours.Length])));
            chart.Add(Text(x + 18, top + plot + 45, series[s], "start"));
        }

        return chart;
    }

    /// <summary>One horizontal bar per entry, labelled on its left with its name and on its right with its value.</summary>
    public static XElement Bars(string id, string title, string description, IReadOnlyList<(string Label, double Value)> bars, CultureInfo culture)
    {
        const int top = 10, gap = 8;
        var max = Math.Max(1, bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        var plot = Width - LabelWidth - 60;
        var chart = Frame(id, title, description, Width, top * 2 + Math.Max(1, bars.Count) * (Bar + gap));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = top + i * (Bar + gap);
            var length = value / max * plot;
            chart.Add(Text(LabelWidth - 8, y + Bar - 4, Clip(label), "end"));
            chart.Add(new XElement(Svg + "rect", new XAttribute("x", LabelWidth), new XAttribute("y", y), new XAttribute("width", Coordinate(length)),
                new XAttribute("height", Bar), new XAttribute("fill", Colours[0])));
            chart.Add(Text(LabelWidth + length + 6, y + Bar - 4, Number(value, culture), "start"));
        }

        return chart;
    }

    private static XElement Frame(string id, string title, string description, int width, int height) =>
        new(Svg + "svg",
            new XAttribute("id", id),
            new XAttribute("viewBox", $"0 0 {width} {height}"),
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{id}-title {id}-desc"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 12),
            new XElement(Svg + "title", new XAttribute("id", $"{id}-title"), title),
            new XElement(Svg + "desc", new XAttribute("id", $"{id}-desc"), description));

    private static XElement Axis(double x1, double y1, double x2, double y2) =>
        new(Svg + "line", new XAttribute("x1", x1), new XAttribute("y1", y1), new XAttribute("x2", x2), new XAttribute("y2", y2), new XAttribute("stroke", "#333"));

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", Coordinate(x)), new XAttribute("y", Coordinate(y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#222"), text);

    private static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(double value, CultureInfo culture) => value.ToString("0.#", culture);

    private static string Clip(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
