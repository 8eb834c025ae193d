// The worst-case rendering bench: the slowest bodies the limits in Claro.Content.BodyLimits let through,
// each checked and rendered as a save does (limits, then Markdig, then the sanitizer), next to the
// sample explainers rendered the same way in the same run. Prints per case the characters, whether
// the limits accept it, the check and render times (best of several runs, wall clock and this
// thread's CPU time) and the ratio to the sample explainers. A body the limits refuse is only checked:
// the check must stay fast for every input, refused or not.
//
//   dotnet run --project bench/Claro.Bench.Markdown -c Release [-- RUNS]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Claro.Bench.Markdown;
using Claro.Content;
using Claro.Reading;
using Claro.Translation;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
var samples = SampleBodies(FindRepositoryFile("OrchardSite/Recipes/sample.recipe.json"));

// Warm up the JIT on every path before anything is timed.
foreach (var (_, body, isHtml) in WorstCases.All.Take(3).Concat(samples.Select(s => (s, s, false))))
{
    Save(body, isHtml);
}

var sample = samples.Select(body => Time(() => Save(body, false), runs)).ToList();
var sampleWall = sample.Average(t => t.Wall);
var sampleCpu = sample.Average(t => t.Cpu);
Console.WriteLine($"Claro Markdown worst cases, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}, .NET {Environment.Version}");
Console.WriteLine($"Reference: the {samples.Count} sample explainers ({samples.Sum(s => s.Length):N0} characters), checked and rendered: mean {sampleWall:0.00} ms wall, {sampleCpu:0.00} ms CPU each.");
Console.WriteLine($"Limits: {BodyLimits.MaxLength:N0} characters, depth {BodyLimits.MaxDepth}, {BodyLimits.MaxBlocks:N0} blocks, {BodyLimits.MaxHeadings} headings, " +
    $"{BodyLimits.MaxMarksPerBlock} marks per block, {BodyLimits.MaxMarks:N0} marks in all, {BodyLimits.MaxTableCells:N0} cells per table; HTML {BodyLimits.MaxHtmlLength:N0} characters, {BodyLimits.MaxHtmlTags:N0} tags.");
Console.WriteLine();
Console.WriteLine("Times are the best of the runs, in milliseconds of this thread's CPU time (wall clock in the last column); a refused body is only checked.");
Console.WriteLine("'staff views' is what the staff pages do with a saved body: readability, translation units, and a comparison with every line changed.");
Console.WriteLine();
Console.WriteLine($"{"case",-40} {"chars",8} {"verdict",-16} {"check",7} {"render",7} {"save",7} {"× sample",8} {"staff views",11} {"save wall",9}");
var slowest = (Name: "", Cpu: 0.0, Wall: 0.0);
var slowestStaff = (Name: "", Cpu: 0.0);
foreach (var (name, body, isHtml) in WorstCases.All)
{
    var refusal = isHtml ? BodyLimits.CheckHtml(body) : BodyLimits.CheckMarkdown(body);
    var check = Time(() => _ = isHtml ? BodyLimits.CheckHtml(body) : BodyLimits.CheckMarkdown(body), runs);
    var render = refusal is null ? Time(() => _ = isHtml ? MarkdownRenderer.Sanitize(body) : MarkdownRenderer.ToHtml(body), runs) : (Wall: 0.0, Cpu: 0.0);
    var staff = refusal is null && !isHtml ? Time(() => StaffViews(body), runs) : (Wall: 0.0, Cpu: 0.0);
    var cpu = check.Cpu + render.Cpu;
    var wall = check.Wall + render.Wall;
    if (refusal is null && cpu > slowest.Cpu)
    {
        slowest = (name, cpu, wall);
    }

    if (refusal is null && !isHtml && staff.Cpu > slowestStaff.Cpu)
    {
        slowestStaff = (name, staff.Cpu);
    }

    Console.WriteLine($"{name,-40} {body.Length,8:N0} {refusal?.Limit ?? "accepted",-16} {check.Cpu,7:0.0} {Shown(render.Cpu, refusal is null),7} {cpu,7:0.0} {cpu / sampleCpu,8:0} {Shown(staff.Cpu, refusal is null && !isHtml),11} {wall,9:0.0}");
}

Console.WriteLine();
Console.WriteLine($"Slowest accepted body: {slowest.Name}, {slowest.Cpu:0.0} ms CPU ({slowest.Wall:0.0} ms wall), {slowest.Cpu / sampleCpu:0}× a sample explainer.");
Console.WriteLine($"Slowest staff views of an accepted body: {slowestStaff.Name}, {slowestStaff.Cpu:0.0} ms CPU.");
Environment.ExitCode = slowest.Cpu < 100 ? 0 : 1;

static string Shown(double milliseconds, bool measured) => measured ? milliseconds.ToString("0.0", CultureInfo.InvariantCulture) : "-";

// What staff pages do with a saved body: its readability (plain text), its translation units, and a
// line-by-line comparison with a version whose every line of summary and body changed.
// The summary is the longest a version may have, one character a line, so that the comparison is at its slowest.
static void StaffViews(string body)
{
    var summary = string.Join('\n', Enumerable.Repeat("a", 1000));
    _ = Readability.MeasureVersion("en", "Title", body);
    _ = TranslationUnits.Of("Title", summary, body);
    _ = VersionDiff.Lines($"# Title\n\n{summary}\n\n{body}", $"# Title\n\n{Changed(summary)}\n\n{Changed(body)}");
}

static string Changed(string text) => string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : line + " changed"));

// A save: the limits first, and the rendering only for a body within them.
static string Save(string body, bool isHtml) =>
    isHtml
        ? BodyLimits.CheckHtml(body) is null ? MarkdownRenderer.Sanitize(body) : ""
        : BodyLimits.CheckMarkdown(body) is null ? MarkdownRenderer.ToHtml(body) : "";

static (double Wall, double Cpu) Time(Action action, int runs)
{
    var best = (Wall: double.MaxValue, Cpu: double.MaxValue);
    for (var i = 0; i < runs; i++)
    {
        GC.Collect();
        var cpu = ThreadCpu.Milliseconds();
        var wall = Stopwatch.StartNew();
        action();
        best = (Math.Min(best.Wall, wall.Elapsed.TotalMilliseconds), Math.Min(best.Cpu, ThreadCpu.Milliseconds() - cpu));
    }

    return best;
}

static List<string> SampleBodies(string recipe)
{
    using var json = JsonDocument.Parse(File.ReadAllText(recipe));
    return json.RootElement.GetProperty("steps").EnumerateArray()
        .Where(step => step.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        .SelectMany(step => step.GetProperty("data").EnumerateArray())
        .Where(item => item.ValueKind == JsonValueKind.Object && item.TryGetProperty("MarkdownBodyPart", out _))
        .Select(item => item.GetProperty("MarkdownBodyPart").GetProperty("Markdown").GetString() ?? "")
        .ToList();
}

static string FindRepositoryFile(string path)
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, path)))
        {
            return Path.Combine(folder.FullName, path);
        }
    }

    throw new FileNotFoundException($"{path} not found above {AppContext.BaseDirectory}");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
