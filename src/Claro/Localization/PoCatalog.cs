namespace Claro.Localization;

/// <summary>
/// The translations of one PO file. Holds only usable entries: untranslated and fuzzy ones are left out.
/// </summary>
public sealed class PoCatalog
{
    private readonly Dictionary<MessageKey, PoEntry> _entries;

    internal PoCatalog(string culture, PluralRule pluralRule, IEnumerable<PoEntry> entries)
    {
        Culture = culture;
        PluralRule = pluralRule;
        _entries = entries.ToDictionary(e => new MessageKey(e.Context, e.Id));
    }

    /// <summary>The culture name the file is for, such as <c>es</c>.</summary>
    public string Culture { get; }

    /// <summary>The plural rule from the header, or the built-in one for <see cref="Culture"/>.</summary>
    public PluralRule PluralRule { get; }

    /// <summary>The number of usable entries.</summary>
    public int Count => _entries.Count;

    internal IEnumerable<PoEntry> Entries => _entries.Values;

    /// <summary>
    /// The translation of <paramref name="msgid"/> under exactly <paramref name="context"/>
    /// (<see langword="null"/> for none); for a plural entry, its first form.
    /// </summary>
    public string? Find(string? context, string msgid) =>
        _entries.TryGetValue(new MessageKey(context, msgid), out var entry) ? entry.Translations[0] : null;

    /// <summary>
    /// The plural form for <paramref name="n"/> of the plural entry (one with <c>msgid_plural</c>)
    /// whose singular is <paramref name="msgid"/> under exactly <paramref name="context"/>.
    /// </summary>
    public string? FindPlural(string? context, string msgid, long n) =>
        _entries.TryGetValue(new MessageKey(context, msgid), out var entry) && entry.IdPlural is not null
            ? entry.Translations[PluralRule.FormIndex(n)]
            : null;

    private readonly record struct MessageKey(string? Context, string Id);
}

/// <summary>A translated entry; <see cref="Translations"/> has one form, or one per plural form.</summary>
internal sealed record PoEntry(string? Context, string Id, string? IdPlural, IReadOnlyList<string> Translations);
