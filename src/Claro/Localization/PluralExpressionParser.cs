using System.Globalization;

namespace Claro.Localization;

/// <summary>
/// Compiles a gettext plural expression (a subset of C over the integer <c>n</c>) into a function,
/// by recursive descent in C's precedence order.
/// </summary>
internal sealed class PluralExpressionParser
{
    private static readonly string[] Operators =
        ["||", "&&", "==", "!=", "<=", ">=", "?", ":", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")"];

    /// <summary>The left-associative binary operators, from the loosest to the tightest binding.</summary>
    private static readonly string[][] BinaryLevels =
    [
        ["==", "!="],
        ["<", ">", "<=", ">="],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    private readonly List<Token> _tokens;
    private int _position;

    private PluralExpressionParser(List<Token> tokens) => _tokens = tokens;

    /// <exception cref="FormatException">The expression is malformed.</exception>
    public static Func<long, long> Parse(string expression)
    {
        var parser = new PluralExpressionParser(Tokenize(expression));
        var result = parser.Conditional();
        if (parser.Peek() is { } extra)
        {
            throw Error($"unexpected '{extra.Text}' at position {extra.Position + 1}");
        }

        return result;
    }

    private Func<long, long> Conditional()
    {
        var condition = LogicalOr();
        if (!Accept("?"))
        {
            return condition;
        }

        var whenTrue = Conditional();
        Expect(":");
        var whenFalse = Conditional();
        return n => condition(n) != 0 ? whenTrue(n) : whenFalse(n);
    }

    private Func<long, long> LogicalOr()
    {
        var left = LogicalAnd();
        while (Accept("||"))
        {
            var l = left;
            var r = LogicalAnd();
            left = n => l(n) != 0 || r(n) != 0 ? 1 : 0;
        }

        return left;
    }

    private Func<long, long> LogicalAnd()
    {
        var left = Binary(0);
        while (Accept("&&"))
        {
            var l = left;
            var r = Binary(0);
            left = n => l(n) != 0 && r(n) != 0 ? 1 : 0;
        }

        return left;
    }

    private Func<long, long> Binary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return Unary();
        }

        var left = Binary(level + 1);
        while (Peek() is { } token && BinaryLevels[level].Contains(token.Text))
        {
            _position++;
            left = Combine(token.Text, left, Binary(level + 1));
        }

        return left;
    }

    private static Func<long, long> Combine(string op, Func<long, long> l, Func<long, long> r) => op switch
    {
        "==" => n => l(n) == r(n) ? 1 : 0,
        "!=" => n => l(n) != r(n) ? 1 : 0,
        "<" => n => l(n) < r(n) ? 1 : 0,
        ">" => n => l(n) > r(n) ? 1 : 0,
        "<=" => n => l(n) <= r(n) ? 1 : 0,
        ">=" => n => l(n) >= r(n) ? 1 : 0,
        "+" => n => l(n) + r(n),
        "-" => n => l(n) - r(n),
        "*" => n => l(n) * r(n),
        "/" => n => l(n) / r(n),
        _ => n => l(n) % r(n),
    };

    private Func<long, long> Unary()
    {
        if (Accept("!"))
        {
            var operand = Unary();
            return n => operand(n) == 0 ? 1 : 0;
        }

        if (Accept("-"))
        {
            var operand = Unary();
            return n => -operand(n);
        }

        return Primary();
    }

    private Func<long, long> Primary()
    {
        var token = Peek() ?? throw Error("unexpected end of expression");
        _position++;
        if (token.Text == "(")
        {
            var inner = Conditional();
            Expect(")");
            return inner;
        }

        if (token.Text == "n")
        {
            return n => n;
        }

        if (char.IsAsciiDigit(token.Text[0]))
        {
            var value = long.Parse(token.Text, CultureInfo.InvariantCulture);
            return _ => value;
        }

        throw Error($"unexpected '{token.Text}' at position {token.Position + 1}");
    }

    private Token? Peek() => _position < _tokens.Count ? _tokens[_position] : null;

    private bool Accept(string text)
    {
        if (Peek()?.Text != text)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(string text)
    {
        if (!Accept(text))
        {
            throw Peek() is { } token
                ? Error($"expected '{text}' at position {token.Position + 1}, found '{token.Text}'")
                : Error($"expected '{text}' at end of expression");
        }
    }

    private static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < expression.Length && char.IsAsciiDigit(expression[i]))
                {
                    i++;
                }

                if (i - start > 18)
                {
                    throw Error($"number too large at position {start + 1}");
                }

                tokens.Add(new Token(expression[start..i], start));
            }
            else if (c == 'n' && (i + 1 == expression.Length || !char.IsAsciiLetterOrDigit(expression[i + 1])))
            {
                tokens.Add(new Token("n", i++));
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(expression, i, o, 0, o.Length) == 0)
                    ?? throw Error($"unexpected '{c}' at position {i + 1}");
                tokens.Add(new Token(op, i));
                i += op.Length;
            }
        }

        return tokens;
    }

    private static FormatException Error(string reason) => new($"invalid plural expression: {reason}");

    private sealed record Token(string Text, int Position);
}
