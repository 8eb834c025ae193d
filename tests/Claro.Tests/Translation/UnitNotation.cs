using System.Text;
using System.Text.RegularExpressions;
using Claro.Translation;

namespace Claro.Tests.Translation;

/// <summary>
/// A unit's content written on one line, for tables of examples: <c>{1}</c> and <c>{/1}</c> where
/// paired code 1 opens and closes, <c>{2/}</c> where standalone code 2 stands, the rest text.
/// </summary>
internal static partial class UnitNotation
{
    public static string Write(IEnumerable<UnitPart> content)
    {
        var text = new StringBuilder();
        foreach (var part in content)
        {
            text.Append(part switch
            {
                TextPart t => t.Text,
                CodeStart s => $"{{{s.CodeId}}}",
                CodeEnd e => $"{{/{e.CodeId}}}",
                CodePlaceholder p => $"{{{p.CodeId}/}}",
                _ => "",
            });
        }

        return text.ToString();
    }

    public static IReadOnlyList<UnitPart> Read(string notation)
    {
        var parts = new List<UnitPart>();
        var at = 0;
        foreach (Match code in Code().Matches(notation))
        {
            if (code.Index > at)
            {
                parts.Add(new TextPart(notation[at..code.Index]));
            }

            var id = code.Groups["id"].Value;
            parts.Add(code.Groups["end"].Success ? new CodeEnd(id) : code.Groups["alone"].Success ? new CodePlaceholder(id) : new CodeStart(id));
            at = code.Index + code.Length;
        }

        if (at < notation.Length)
        {
            parts.Add(new TextPart(notation[at..]));
        }

        return parts;
    }

    [GeneratedRegex(@"\{(?<end>/)?(?<id>\d+)(?<alone>/)?\}")]
    private static partial Regex Code();
}
