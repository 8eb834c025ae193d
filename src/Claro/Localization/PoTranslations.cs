using System.Globalization;

namespace Claro.Localization;

/// <summary>
/// The PO catalogs of the configured cultures, looked up in Orchard Core's order: the message with its
/// context, then without, in the culture and then in each parent culture (<c>es-MX</c>, then <c>es</c>).
/// </summary>
public sealed class PoTranslations
{
    private readonly Dictionary<string, PoCatalog> _catalogs;

    internal PoTranslations(IEnumerable<PoCatalog> catalogs) =>
        _catalogs = catalogs.ToDictionary(c => c.Culture, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads <c>{directory}/{culture}.po</c> for each culture that has such a file.
    /// A culture without one shows the English text.
    /// </summary>
    /// <exception cref="PoParseException">A file is malformed.</exception>
    public static PoTranslations Load(string directory, IEnumerable<string> cultures)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(cultures);

        var catalogs = new List<PoCatalog>();
        foreach (var culture in cultures.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = Path.Combine(directory, culture + ".po");
            if (File.Exists(path))
            {
                using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
                catalogs.Add(PoParser.Parse(reader, path, culture));
            }
        }

        return new PoTranslations(catalogs);
    }

    /// <summary>The translation of <paramref name="msgid"/>, or <see langword="null"/> when no culture in the chain has one.</summary>
    public string? Find(CultureInfo culture, string? context, string msgid) =>
        FirstFound(culture, context, (catalog, ctx) => catalog.Find(ctx, msgid));

    /// <summary>
    /// The plural form for <paramref name="n"/> of the entry whose singular is <paramref name="msgid"/>,
    /// by the plural rule of the catalog it is found in, or <see langword="null"/> when none has it.
    /// </summary>
    public string? FindPlural(CultureInfo culture, string? context, string msgid, long n) =>
        FirstFound(culture, context, (catalog, ctx) => catalog.FindPlural(ctx, msgid, n));

    /// <summary>The catalogs for <paramref name="culture"/> and then its parents, skipping cultures without one.</summary>
    internal IEnumerable<PoCatalog> CatalogsFor(CultureInfo culture, bool includeParents)
    {
        for (var current = culture; current.Name.Length > 0; current = current.Parent)
        {
            if (_catalogs.TryGetValue(current.Name, out var catalog))
            {
                yield return catalog;
            }

            if (!includeParents)
            {
                yield break;
            }
        }
    }

    private string? FirstFound(CultureInfo culture, string? context, Func<PoCatalog, string?, string?> find)
    {
        ArgumentNullException.ThrowIfNull(culture);
        foreach (var catalog in CatalogsFor(culture, includeParents: true))
        {
            var found = (context is null ? null : find(catalog, context)) ?? find(catalog, null);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
