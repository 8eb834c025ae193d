using System.Globalization;
using Claro.Content;

namespace Claro.Localization;

/// <summary>
/// A gettext plural rule: the number of plural forms and the C expression
/// (<c>plural=</c> in the <c>Plural-Forms</c> header) that picks one for a count.
/// </summary>
public sealed class PluralRule
{
    private readonly Func<long, long> _evaluate;

    private PluralRule(int formCount, string expression, Func<long, long> evaluate)
    {
        FormCount = formCount;
        Expression = expression;
        _evaluate = evaluate;
    }

    /// <summary>The number of plural forms (<c>nplurals</c>).</summary>
    public int FormCount { get; }

    /// <summary>The plural expression as written, such as <c>(n != 1)</c>.</summary>
    public string Expression { get; }

    internal static PluralRule English { get; } = Create(2, "(n != 1)");

    /// <summary>
    /// The index of the plural form to use for <paramref name="n"/>. A negative count is
    /// taken by its absolute value; a result outside the forms, or a division by zero, gives 0.
    /// </summary>
    public int FormIndex(long n)
    {
        var magnitude = n == long.MinValue ? long.MaxValue : Math.Abs(n);
        try
        {
            var index = _evaluate(magnitude);
            return index >= 0 && index < FormCount ? (int)index : 0;
        }
        catch (ArithmeticException)
        {
            return 0;
        }
    }

    /// <summary>Parses a <c>Plural-Forms</c> header value such as <c>nplurals=2; plural=(n != 1);</c>.</summary>
    /// <exception cref="FormatException">The value is malformed.</exception>
    internal static PluralRule Parse(string pluralForms)
    {
        string? nplurals = null;
        string? plural = null;
        foreach (var part in pluralForms.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new FormatException($"invalid Plural-Forms: expected name=value, found '{part}'");
            }

            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim())
            {
                case "nplurals": nplurals = value; break;
                case "plural": plural = value; break;
            }
        }

        if (nplurals is null || plural is null)
        {
            throw new FormatException("invalid Plural-Forms: both nplurals and plural are required");
        }

        if (!int.TryParse(nplurals, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new FormatException($"invalid Plural-Forms: nplurals must be a positive integer, found '{nplurals}'");
        }

        return Create(count, plural);
    }

    /// <summary>The built-in rule for a culture name such as <c>fr</c> or <c>es-MX</c>, used when a file has no header.</summary>
    internal static PluralRule ForCulture(string culture)
    {
        var language = CultureNames.Normalize(culture.Split('-', '_')[0]);
        return language switch
        {
            "fr" => Create(2, "(n > 1)"),
            "vi" or "zh" or "ja" or "ko" => Create(1, "0"),
            _ => English,
        };
    }

    private static PluralRule Create(int formCount, string expression) =>
        new(formCount, expression, PluralExpressionParser.Parse(expression));
}
