using System.Globalization;
using System.Text;

namespace Claro.Localization;

/// <summary>
/// Reads gettext PO files: <c>msgctxt</c>, <c>msgid</c>, <c>msgid_plural</c>, <c>msgstr</c> and <c>msgstr[n]</c>
/// entries separated by blank lines, with the plural rule taken from the header's <c>Plural-Forms</c>.
/// </summary>
public static class PoParser
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>
    /// Parses a PO file. <paramref name="fileName"/> is used only in error messages;
    /// <paramref name="culture"/> picks the built-in plural rule when the header has none.
    /// </summary>
    /// <exception cref="PoParseException">The file is malformed.</exception>
    public static PoCatalog Parse(TextReader reader, string fileName, string culture)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(culture);

        var parser = new Reader(fileName);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            parser.ReadLine(number == 1 ? line.TrimStart(ByteOrderMark) : line, number);
        }

        return parser.Finish(culture);
    }

    private sealed class Reader(string fileName)
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

        private readonly List<ParsedEntry> _entries = [];
        private readonly HashSet<(string? Context, string Id)> _keys = [];
        private Field? _header;
        private EntryBuilder _entry = new();

        public void ReadLine(string text, int line)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0)
            {
                EndEntry();
            }
            else if (trimmed[0] == '#')
            {
                ReadComment(trimmed);
            }
            else if (trimmed[0] == '"')
            {
                var field = _entry.Last ?? throw Error(line, "string without a keyword");
                field.Append(ParseString(trimmed, line), line);
            }
            else
            {
                ReadKeyword(trimmed, line);
            }
        }

        public PoCatalog Finish(string culture)
        {
            EndEntry();
            var rule = (_header is null ? null : HeaderRule(_header)) ?? PluralRule.ForCulture(culture);
            var usable = new List<PoEntry>();
            foreach (var (line, entry, fuzzy) in _entries)
            {
                if (fuzzy || entry.Translations.Any(t => t.Length == 0))
                {
                    continue;
                }

                if (entry.IdPlural is not null && entry.Translations.Count != rule.FormCount)
                {
                    throw Error(line, $"expected {rule.FormCount} plural forms, found {entry.Translations.Count}");
                }

                usable.Add(entry);
            }

            return new PoCatalog(culture, rule, usable);
        }

        private void ReadComment(string text)
        {
            if (_entry.HasTranslation)
            {
                EndEntry();
            }

            if (text.StartsWith("#,", StringComparison.Ordinal)
                && text[2..].Split(',').Any(flag => flag.Trim() == "fuzzy"))
            {
                _entry.Fuzzy = true;
            }
        }

        private void ReadKeyword(string text, int line)
        {
            var length = 0;
            while (length < text.Length && (char.IsAsciiLetterOrDigit(text[length]) || text[length] is '_' or '[' or ']'))
            {
                length++;
            }

            if (length == 0)
            {
                throw Error(line, "text outside quotes");
            }

            var keyword = text[..length];
            var rest = text[length..].TrimStart();
            if (keyword is "msgctxt" or "msgid" && _entry.HasTranslation)
            {
                EndEntry();
            }

            var field = BeginField(keyword, line);
            if (rest.Length == 0)
            {
                throw Error(line, $"missing string after {keyword}");
            }

            if (rest[0] != '"')
            {
                throw Error(line, "text outside quotes");
            }

            field.Append(ParseString(rest, line), line);
        }

        private Field BeginField(string keyword, int line)
        {
            var entry = _entry;
            switch (keyword)
            {
                case "msgctxt":
                    Require(entry.Id is null, line, "msgctxt after msgid");
                    Require(entry.Context is null, line, "msgctxt repeated");
                    return entry.Context = entry.Begin(line);
                case "msgid":
                    Require(entry.Id is null, line, "msgid repeated without msgstr");
                    return entry.Id = entry.Begin(line);
                case "msgid_plural":
                    Require(entry.Id is not null, line, "msgid_plural before msgid");
                    Require(entry.IdPlural is null, line, "msgid_plural repeated");
                    Require(!entry.HasTranslation, line, "msgid_plural after msgstr");
                    return entry.IdPlural = entry.Begin(line);
                case "msgstr":
                    Require(entry.Id is not null, line, "msgstr before msgid");
                    Require(entry.IdPlural is null, line, "msgstr in a plural entry, expected msgstr[0]");
                    Require(!entry.HasTranslation, line, "msgstr repeated");
                    return entry.Str = entry.Begin(line);
            }

            if (PluralIndex(keyword) is not { } index)
            {
                throw Error(line, $"unknown keyword '{keyword}'");
            }

            Require(entry.Id is not null, line, $"{keyword} before msgid");
            Require(entry.IdPlural is not null, line, $"{keyword} without msgid_plural");
            Require(index == entry.Forms.Count, line, $"{keyword} out of order, expected msgstr[{entry.Forms.Count}]");
            var form = entry.Begin(line);
            entry.Forms.Add(form);
            return form;
        }

        private static int? PluralIndex(string keyword)
        {
            const string Prefix = "msgstr[";
            if (!keyword.StartsWith(Prefix, StringComparison.Ordinal) || !keyword.EndsWith(']'))
            {
                return null;
            }

            var digits = keyword[Prefix.Length..^1];
            return digits.Length is > 0 and <= 3 && digits.All(char.IsAsciiDigit) ? int.Parse(digits, CultureInfo.InvariantCulture) : null;
        }

        private void EndEntry()
        {
            var entry = _entry;
            if (entry.IsEmpty)
            {
                return;
            }

            if (entry.Id is null)
            {
                throw Error(entry.Line, "msgctxt without msgid");
            }

            if (!entry.HasTranslation)
            {
                throw Error(entry.Line, "msgid without msgstr");
            }

            var context = entry.Context?.ToString();
            var id = entry.Id.ToString();
            if (!_keys.Add((context, id)))
            {
                throw Error(entry.Line, context is null
                    ? $"duplicate msgid \"{id}\""
                    : $"duplicate msgid \"{id}\" with msgctxt \"{context}\"");
            }

            if (context is null && id.Length == 0)
            {
                _header = entry.Str ?? entry.Forms[0];
            }
            else
            {
                var translations = entry.Str is null
                    ? entry.Forms.Select(f => f.ToString()).ToList()
                    : [entry.Str.ToString()];
                _entries.Add(new ParsedEntry(
                    entry.Line,
                    new PoEntry(context, id, entry.IdPlural?.ToString(), translations),
                    entry.Fuzzy));
            }

            _entry = new EntryBuilder();
        }

        private PluralRule? HeaderRule(Field header)
        {
            var text = header.ToString();
            var offset = 0;
            foreach (var headerLine in text.Split('\n'))
            {
                var colon = headerLine.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && headerLine[..colon].Trim().Equals("Plural-Forms", StringComparison.OrdinalIgnoreCase))
                {
                    try
                    {
                        return PluralRule.Parse(headerLine[(colon + 1)..]);
                    }
                    catch (FormatException e)
                    {
                        throw new PoParseException(fileName, header.LineAt(offset), e.Message, e);
                    }
                }

                offset += headerLine.Length + 1;
            }

            return null;
        }

        private string ParseString(string text, int line)
        {
            var value = new StringBuilder();
            var bytes = new List<byte>();
            var i = 1;
            while (true)
            {
                if (i >= text.Length)
                {
                    throw Error(line, "unterminated string");
                }

                var c = text[i++];
                if (c == '"')
                {
                    break;
                }

                if (c != '\\')
                {
                    FlushBytes();
                    value.Append(c);
                    continue;
                }

                if (i >= text.Length)
                {
                    throw Error(line, "unterminated string");
                }

                var escape = text[i++];
                if (SimpleEscape(escape) is { } unescaped)
                {
                    FlushBytes();
                    value.Append(unescaped);
                }
                else if (escape is >= '0' and <= '7')
                {
                    var end = i;
                    while (end < text.Length && end - i < 2 && text[end] is >= '0' and <= '7')
                    {
                        end++;
                    }

                    var code = Convert.ToInt32(text[(i - 1)..end], 8);
                    Require(code <= byte.MaxValue, line, $"invalid escape sequence '\\{text[(i - 1)..end]}'");
                    bytes.Add((byte)code);
                    i = end;
                }
                else if (escape == 'x')
                {
                    var end = i;
                    while (end < text.Length && end - i < 2 && char.IsAsciiHexDigit(text[end]))
                    {
                        end++;
                    }

                    Require(end > i, line, "invalid escape sequence '\\x'");
                    bytes.Add(Convert.ToByte(text[i..end], 16));
                    i = end;
                }
                else
                {
                    throw Error(line, $"invalid escape sequence '\\{escape}'");
                }
            }

            FlushBytes();
            Require(text.AsSpan(i).Trim().IsEmpty, line, "text outside quotes");
            return value.ToString();

            void FlushBytes()
            {
                if (bytes.Count == 0)
                {
                    return;
                }

                try
                {
                    value.Append(StrictUtf8.GetString([.. bytes]));
                }
                catch (DecoderFallbackException e)
                {
                    throw new PoParseException(fileName, line, "escaped bytes are not valid UTF-8", e);
                }

                bytes.Clear();
            }
        }

        private static char? SimpleEscape(char escape) => escape switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'a' => '\a',
            'b' => '\b',
            'f' => '\f',
            'v' => '\v',
            '"' => '"',
            '\\' => '\\',
            '?' => '?',
            '\'' => '\'',
            _ => null,
        };

        private void Require(bool condition, int line, string reason)
        {
            if (!condition)
            {
                throw Error(line, reason);
            }
        }

        private PoParseException Error(int line, string reason) => new(fileName, line, reason);
    }

    private sealed record ParsedEntry(int Line, PoEntry Entry, bool Fuzzy);

    private sealed class EntryBuilder
    {
        public int Line;
        public bool Fuzzy;
        public Field? Context;
        public Field? Id;
        public Field? IdPlural;
        public Field? Str;
        public readonly List<Field> Forms = [];

        /// <summary>The field that a line holding only a string continues.</summary>
        public Field? Last { get; private set; }

        public bool IsEmpty => Context is null && Id is null;

        public bool HasTranslation => Str is not null || Forms.Count > 0;

        /// <summary>A new field for a keyword on <paramref name="line"/>, which continuation lines extend.</summary>
        public Field Begin(int line)
        {
            if (IsEmpty)
            {
                Line = line;
            }

            Last = new Field();
            return Last;
        }
    }

    /// <summary>A keyword's value, built from string lines, remembering which line each part came from.</summary>
    private sealed class Field
    {
        private readonly StringBuilder _text = new();
        private readonly List<(int Offset, int Line)> _parts = [];

        public void Append(string part, int line)
        {
            _parts.Add((_text.Length, line));
            _text.Append(part);
        }

        public int LineAt(int offset) => _parts.Last(p => p.Offset <= offset).Line;

        public override string ToString() => _text.ToString();
    }
}
