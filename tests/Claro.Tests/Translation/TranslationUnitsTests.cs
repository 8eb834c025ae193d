using Claro.Tests.Support;
using Claro.Translation;

namespace Claro.Tests.Translation;

public class TranslationUnitsTests
{
    private static TranslationUnit Body(string markdown) => TranslationUnits.Of("Title", "", markdown).Single(u => u.Id == "b1");

    private static string Translate(string markdown, string notation) =>
        Outcome(TranslationUnits.Apply("Title", "", markdown, new Dictionary<string, IReadOnlyList<UnitPart>> { ["b1"] = UnitNotation.Read(notation) })).Body;

    private static T Outcome<T>(Claro.Outcome<T> outcome) =>
        outcome.Refusal is { } refusal ? throw new Xunit.Sdk.XunitException(refusal.Detail) : outcome.Value!;

    [Theory]
    [InlineData("See [what happens](/en/ice-help).", "See {1}what happens{/1}.", "[ ](/en/ice-help)")]
    [InlineData("**Will officers ask?** Not if you are a victim.", "{1}Will officers ask?{/1} Not if you are a victim.", "** **")]
    [InlineData("Write to `kcpd.org` today.", "Write to {1/} today.", "`kcpd.org`")]
    [InlineData("_Only_ officers ~~may~~ can.", "{1}Only{/1} officers {2}may{/2} can.", "_ _|~~ ~~")]
    [InlineData("Read [**this** page](/en/a#b \"Title\").", "Read {1}{2}this{/2} page{/1}.", "[ ](/en/a#b \"Title\")|** **")]
    [InlineData("First line  \nsecond line", "First line{1/}second line", "  \n")]
    [InlineData("> Quoted words\n> that go on.", "Quoted words that go on.", "")]
    [InlineData("## What our policy says {#policy}", "What our policy says", "")]
    [InlineData("Escaped a\\*b &amp; c", "Escaped a*b & c", "")]
    [InlineData("See [it](/en/a){hreflang=en} now", "See {1}it{/1} now", "[ ](/en/a){hreflang=en}")]
    public void Inline_markup_becomes_codes_that_keep_the_source_Markdown(string markdown, string content, string codes)
    {
        var unit = Body(markdown);

        Assert.Equal(content, UnitNotation.Write(unit.Content));
        Assert.Equal(codes, string.Join("|", unit.Codes.Select(c => c.EndMarkdown is null ? c.Markdown : $"{c.Markdown} {c.EndMarkdown}")));
    }

    [Fact]
    public void Every_sample_explainer_reads_back_as_the_same_Markdown_when_each_unit_is_given_its_own_text()
    {
        var bodies = SampleRecipe.Bodies();

        Assert.Equal(10, bodies.Count);
        foreach (var body in bodies)
        {
            var units = TranslationUnits.Of("Title", "Summary", body);
            var rebuilt = Outcome(TranslationUnits.Apply("Title", "Summary", body, units.ToDictionary(u => u.Id, u => u.Content)));
            Assert.Equal(body, rebuilt.Body);
        }
    }

    [Theory]
    [InlineData("**Will officers ask?** Not if.", "{1}¿Nos preguntan?{/1} No.", "**¿Nos preguntan?** No.")]
    [InlineData("See [what happens](/en/ice-help) here.", "Vea aquí {1}qué pasa{/1}.", "Vea aquí [qué pasa](/en/ice-help).")]
    [InlineData("A **b** c.", "A{1} b {/1}c.", "A **b** c.")]
    [InlineData("A __word__ c.", "{1}Pala{/1}bra c.", "**Pala**bra c.")]
    [InlineData("Mail `x@y.org` now.", "Escriba a {1/} ya.", "Escriba a `x@y.org` ya.")]
    [InlineData("Plain text.", "*not* [a](link) `code` <b> #1 {#id} a\\b ==x== ~y~ ^z^ |", "\\*not\\* \\[a\\](link) \\`code\\` \\<b\\> \\#1 \\{\\#id\\} a\\\\b \\=\\=x\\=\\= \\~y\\~ \\^z\\^ \\|")]
    [InlineData("Plain text.", "1. Not a list", "1\\. Not a list")]
    [InlineData("Plain text.", "- Not a list", "\\- Not a list")]
    [InlineData("Plain text.", "AT&T &amp; co", "AT&T \\&amp; co")]
    [InlineData("Plain text.", "Uno\u00a0dos  tres\n cuatro", "Uno\u00a0dos tres cuatro")]
    public void A_translation_is_written_as_Markdown_that_shows_exactly_its_text_and_codes(string source, string translation, string expected) =>
        Assert.Equal(expected, Translate(source, translation));

    [Theory]
    [InlineData("See [a](/x) and **b**.", "Vea a y {2}b{/2}.", "code 1 (a link) is missing")]
    [InlineData("See **b**.", "Vea {1}b{/1} {3/}.", "code 3 is not in the source")]
    [InlineData("See **b**.", "Vea {1}b{/1} y {1}c{/1}.", "code 1 (bold) appears more than once")]
    [InlineData("See **b** and *c*.", "Vea {1}b {2}y{/1} c{/2}.", "code 1 (bold) and code 2 (emphasis) overlap")]
    [InlineData("See [a](/x) and [b](/y).", "Vea {1}a {2}y{/2} b{/1}.", "code 2 (a link) is inside another link")]
    [InlineData("See **b**.", "Vea {1/}.", "code 1 (bold) is a pair that encloses text")]
    [InlineData("Mail `x`.", "Escriba {1}x{/1}.", "code 1 (inline code x) is a standalone code")]
    [InlineData("See **b**.", "Vea {1} {/1}.", "code 1 (bold) encloses no text")]
    [InlineData("See **b**.", "Vea {/1}b{1}.", "code 1 (bold) closes before it opens")]
    [InlineData("See *a* *b*.", "Vea {1}a{/1}{2}b{/2}.", "does not read back as the same text and codes")]
    public void A_translation_Markdown_cannot_carry_is_refused_with_the_unit_and_the_reason(string source, string translation, string reason)
    {
        var outcome = TranslationUnits.Apply("Title", "", source, new Dictionary<string, IReadOnlyList<UnitPart>> { ["b1"] = UnitNotation.Read(translation) });

        Assert.NotNull(outcome.Refusal);
        Assert.StartsWith("Unit 'b1': ", outcome.Refusal.Detail, StringComparison.Ordinal);
        Assert.Contains(reason, outcome.Refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Breaks_and_heading_marks_a_translator_types_stay_text_in_their_block()
    {
        var outcome = TranslationUnits.Apply("Title", "", "Intro.\n\n- **One** item", new Dictionary<string, IReadOnlyList<UnitPart>> { ["b2"] = UnitNotation.Read("{1}Uno{/1}  \n\n# dos") });

        Assert.Equal("Intro.\n\n- **Uno** \\# dos", outcome.Value!.Body);
    }

    [Theory]
    [InlineData("**A** and [b](/en/x).", "{1}Una{/1} y [be](/es/y).", "{1}Una{/1} y {2}be{/2}.")]
    [InlineData("[b](/en/x) and **A**.", "{1}Una{/1} y [be](/es/y).", "{2}Una{/2} y {1}be{/1}.")]
    [InlineData("**A** and [b](/en/x).", "Una y [be](/es/y).", null)]
    public void A_current_translation_takes_the_source_codes_of_the_same_kind_in_order(string source, string translation, string? aligned)
    {
        var translated = Body(translation.Replace("{1}", "**", StringComparison.Ordinal).Replace("{/1}", "**", StringComparison.Ordinal));

        var result = Body(source).Align(translated);

        Assert.Equal(aligned, result is null ? null : UnitNotation.Write(result));
    }
}
