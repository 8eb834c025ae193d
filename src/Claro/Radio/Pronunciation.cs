using System.Text;
using System.Text.RegularExpressions;
using Claro.Translation;

namespace Claro.Radio;

/// <summary>
/// How one language says the abbreviations a listener would not understand as written
/// (<c>KCPD</c> → <c>ka ce pe de</c>), from <c>translations/pronunciation.{culture}.csv</c>
/// (columns <c>written,spoken</c>). Matches whole words, case and all, longest first.
/// </summary>
public sealed class Pronunciation
{
    private readonly Dictionary<string, string> _spoken;

    // Built at the first radio script, not at every start of the site: the lists are read (and checked) at start.
    private readonly Lazy<Regex?> _written;

    public Pronunciation(IReadOnlyDictionary<string, string> spoken)
    {
        _spoken = new Dictionary<string, string>(spoken, StringComparer.Ordinal);
        _written = new Lazy<Regex?>(() =>
        {
            var alternatives = _spoken.Keys.Where(k => k.Length > 0).OrderByDescending(k => k.Length).Select(Regex.Escape).ToList();
            return alternatives.Count == 0
                ? null
                : new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        });
    }

    public static Pronunciation None { get; } = new(new Dictionary<string, string>());

    public int Count => _spoken.Count;

    /// <summary>Reads <c>pronunciation.{culture}.csv</c> from <paramref name="folder"/>; a language without one says words as written.</summary>
    /// <exception cref="FormatException">The file is malformed: it names the file and line.</exception>
    public static Pronunciation Load(string folder, string culture)
    {
        var path = Path.Combine(folder, $"pronunciation.{culture}.csv");
        if (!File.Exists(path))
        {
            return None;
        }

        var rows = Csv.Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
        var spoken = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.All(field => field.Trim().Length == 0))
            {
                continue;
            }

            if (row.Count < 2 || row[0].Trim().Length == 0 || row[1].Trim().Length == 0)
            {
                throw new FormatException($"{Path.GetFileName(path)}:{i + 1}: each line needs a written form and how it is said (written,spoken).");
            }

            if (!spoken.TryAdd(row[0].Trim(), row[1].Trim()))
            {
                throw new FormatException($"{Path.GetFileName(path)}:{i + 1}: '{row[0].Trim()}' is listed twice.");
            }
        }

        return new Pronunciation(spoken);
    }

    /// <summary>The lists of every culture that has one, by culture.</summary>
    public static IReadOnlyDictionary<string, Pronunciation> LoadAll(string folder, IEnumerable<string> cultures) =>
        cultures.Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(c => c, c => Load(folder, c), StringComparer.OrdinalIgnoreCase);

    /// <summary>The text with every listed word replaced by how it is said.</summary>
    public string Apply(string text) => _written.Value is { } written ? written.Replace(text, m => _spoken[m.Value]) : text;
}
