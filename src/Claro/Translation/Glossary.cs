using System.Text;
using Claro.Content;

namespace Claro.Translation;

/// <summary>A key term of the policy and how each language must render it; '|' separates accepted forms.</summary>
public sealed record GlossaryTerm(IReadOnlyDictionary<string, IReadOnlyList<string>> Forms, string Note);

/// <summary>A glossary term the translation renders differently from the agreed wording. A warning, not a block.</summary>
public sealed record GlossaryWarning(string SourceTerm, IReadOnlyList<string> Expected, string Note);

/// <summary>
/// The policy's key terms (<c>translations/glossary.csv</c>: a column per culture plus a note) so that a
/// reviewer sees where a translation says "ilegal" where the department says "indocumentado".
/// </summary>
public sealed class Glossary(IReadOnlyList<GlossaryTerm> terms)
{
    public IReadOnlyList<GlossaryTerm> Terms { get; } = terms;

    public static Glossary Empty { get; } = new([]);

    public static Glossary Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        var rows = Csv.Parse(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
        if (rows.Count == 0)
        {
            return Empty;
        }

        var header = rows[0].Select(h => CultureNames.Normalize(h.Trim())).ToList();
        var noteColumn = header.IndexOf("note");
        var terms = rows.Skip(1).Where(r => r.Any(c => c.Length > 0)).Select(row => new GlossaryTerm(
            header.Select((culture, i) => (culture, i)).Where(c => c.i != noteColumn && c.i < row.Count && row[c.i].Trim().Length > 0)
                .ToDictionary(c => c.culture, c => (IReadOnlyList<string>)row[c.i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            noteColumn >= 0 && noteColumn < row.Count ? row[noteColumn] : "")).ToList();
        return new Glossary(terms);
    }

    /// <summary>
    /// The warnings of a translation's version against the source version it was made from, each read as its title, summary
    /// and body; none for the source's own versions.
    /// </summary>
    public IReadOnlyList<GlossaryWarning> Check(Document document, ContentVersion translation) =>
        document.SourceOf(translation) is { } source
            ? Check(document.SourceCulture, Text(source), translation.Item.Culture, Text(translation))
            : [];

    private static string Text(ContentVersion version) => $"{version.Title}\n{version.Summary}\n{version.Markdown}";

    /// <summary>Terms that appear in the source but whose agreed rendering does not appear in the translation.</summary>
    public IReadOnlyList<GlossaryWarning> Check(string sourceCulture, string sourceText, string targetCulture, string translatedText)
    {
        var source = Normalize(sourceText);
        var target = Normalize(translatedText);
        var warnings = new List<GlossaryWarning>();
        foreach (var term in Terms)
        {
            if (!term.Forms.TryGetValue(sourceCulture, out var sourceForms) || !term.Forms.TryGetValue(targetCulture, out var targetForms))
            {
                continue;
            }

            var used = sourceForms.FirstOrDefault(form => ContainsPhrase(source, Normalize(form)));
            if (used is not null && !targetForms.Any(form => ContainsPhrase(target, Normalize(form))))
            {
                warnings.Add(new GlossaryWarning(used, targetForms, term.Note));
            }
        }

        return warnings;
    }

    private static bool ContainsPhrase(string text, string phrase) =>
        phrase.Length > 0 && $" {text} ".Contains($" {phrase} ", StringComparison.Ordinal);

    /// <summary>Lower case, no accents, words separated by single spaces: "¿Estatus  Migratorio?" → "estatus migratorio".</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in Accents.Strip(text))
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '-' ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
