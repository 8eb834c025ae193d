using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Claro.Content;
using Claro.Links;
using Claro.Localization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Localization;

namespace Claro.Radio;

/// <summary>
/// A published explainer as an officer reads it on air: the title, the summary and the body as
/// sentences meant to be heard, ending with the short link said the way a listener can type it.
/// </summary>
/// <param name="Paragraphs">What to read, one breath-group after another; <see cref="Script"/> joins them.</param>
/// <param name="Link">The short link listeners are given, absolute; null when the page has none yet.</param>
/// <param name="Spoken">How to say <see cref="Link"/> aloud.</param>
public sealed partial record RadioScript(
    string Culture, int Version, string Title, IReadOnlyList<string> Paragraphs, int Words, int Seconds, string? Link, string? Spoken)
{
    public string Script => string.Join("\n\n", Paragraphs);

    /// <summary>
    /// Turns Markdown into spoken sentences, reading Markdig's syntax tree: emphasis, links and attributes
    /// leave only their words; a heading becomes a transition ("Next: …"); each list item and table row is
    /// a sentence of its own; a quotation is introduced and closed, with its language named when it is not
    /// the script's (<c>{lang=en}</c> in a Spanish page: "Cita, en inglés: … Fin de la cita.").
    /// </summary>
    /// <param name="words">The script's own words (transitions, quotations, units), in <paramref name="culture"/>.</param>
    public static RadioScript Write(
        string culture, int version, string title, string summary, string markdown, string? link, string? spoken,
        IStringLocalizer words, Pronunciation pronunciation)
    {
        string Say(string text) => SpokenText.Say(text, culture, words, pronunciation);
        var paragraphs = new List<string> { Sentence(Say(title)) };
        if (summary.Trim().Length > 0)
        {
            paragraphs.Add(Sentence(Say(summary)));
        }

        foreach (var block in Markdown.Parse(markdown, MarkdownRenderer.Pipeline))
        {
            Read(block, paragraphs, culture, words, Say);
        }

        if (spoken is not null)
        {
            // A link said in another script's direction (English words in an Arabic script) is isolated, as <bdi> would, so it keeps its order.
            var isolated = TextDirection.Of(SpokenLink.SpokenIn(culture)) == TextDirection.Of(culture) ? spoken : $"\u2068{spoken}\u2069";
            paragraphs.Add(words["Read it on your phone: {0}.", isolated]);
        }

        paragraphs.RemoveAll(p => p.Length == 0);
        var count = paragraphs.Sum(p => WordPattern().Count(p));
        return new RadioScript(culture, version, title, paragraphs, count, SpeakingRate.Seconds(count, culture), link, spoken);
    }

    private static void Read(Block block, List<string> paragraphs, string culture, IStringLocalizer words, Func<string, string> say)
    {
        switch (block)
        {
            case HeadingBlock heading:
                paragraphs.Add(words["Next: {0}", Sentence(say(TextOf(heading.Inline)))]);
                break;
            case ParagraphBlock paragraph:
                paragraphs.Add(Sentence(say(TextOf(paragraph.Inline))));
                break;
            case QuoteBlock quote:
                var quoted = string.Join(' ', quote.Descendants<ParagraphBlock>().Select(p => TextOf(p.Inline)));
                var language = LanguageOf(quote) ?? culture;
                var opening = SameLanguage(language, culture) ? words["Quote:"] : words["Quote, in {0}:", LanguageName(language, culture)];
                paragraphs.Add($"{opening} {Sentence(say(Unquoted(quoted)))} {words["End of quote."]}");
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                {
                    paragraphs.Add(Sentence(say(string.Join(", ", row.OfType<TableCell>().Select(c => string.Join(' ', c.Descendants<ParagraphBlock>().Select(p => TextOf(p.Inline))))))));
                }

                break;
            case CodeBlock code:
                paragraphs.Add(Sentence(say(WhiteSpace().Replace(code.Lines.ToString(), " "))));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Read(child, paragraphs, culture, words, say);
                }

                break;
        }
    }

    /// <summary>The words of the inlines: no emphasis marks, link addresses or attributes.</summary>
    private static string TextOf(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        void Append(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? autolink.Url[7..] : autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline container:
                    foreach (var child in container)
                    {
                        Append(child);
                    }

                    break;
            }
        }

        if (inlines is not null)
        {
            Append(inlines);
        }

        return WhiteSpace().Replace(text.ToString(), " ").Trim();
    }

    /// <summary>The language a quotation is marked with (<c>{lang=en}</c>), on the quotation or its first paragraph.</summary>
    private static string? LanguageOf(QuoteBlock quote) =>
        new Block[] { quote }.Concat(quote.Descendants<ParagraphBlock>())
            .Select(b => b.TryGetAttributes()?.Properties?.FirstOrDefault(p => p.Key == "lang").Value)
            .FirstOrDefault(lang => !string.IsNullOrWhiteSpace(lang));

    private static bool SameLanguage(string a, string b) =>
        string.Equals(a.Split('-')[0], b.Split('-')[0], StringComparison.OrdinalIgnoreCase);

    /// <summary>A language's name in another language: "inglés" for <c>en</c> in a Spanish script.</summary>
    private static string LanguageName(string language, string inCulture)
    {
        CultureInfo named;
        try
        {
            named = CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return language;
        }

        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(inCulture);
        try
        {
            return named.DisplayName;
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>A quotation said after "Quote:" loses its quotation marks.</summary>
    private static string Unquoted(string text)
    {
        var match = QuotedText().Match(text);
        return match.Success ? match.Groups["inner"].Value + match.Groups["end"].Value : text;
    }

    /// <summary>Ends the text with a full stop unless it already ends a sentence.</summary>
    private static string Sentence(string text)
    {
        text = text.Trim();
        return text.Length == 0 || ".!?…:;".Contains(text[^1], StringComparison.Ordinal) || (text.Length > 1 && ".!?".Contains(text[^2], StringComparison.Ordinal) && "\"'”’»)".Contains(text[^1], StringComparison.Ordinal))
            ? text
            : text + ".";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex("""^["“«„](?<inner>.*?)(?:(?<end>[.!?])["”»]|["”»](?<end>[.!?]?))$""", RegexOptions.Singleline)]
    private static partial Regex QuotedText();
}
