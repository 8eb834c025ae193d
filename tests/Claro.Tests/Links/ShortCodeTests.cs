using Claro.Links;

namespace Claro.Tests.Links;

public class ShortCodeTests
{
    [Theory]
    [InlineData("Policía", "policia")]
    [InlineData("AYUDA", "ayuda")]
    [InlineData("Ñandú", "nandu")]
    [InlineData("inmigracion", "inmigracion")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Canonical_folds_case_and_accents_as_a_listener_would_type(string? typed, string expected)
    {
        var code = ShortCode.Canonical(typed);

        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("policia ayuda")]
    [InlineData("policia/ayuda")]
    [InlineData("policía")]
    [InlineData("Ayuda")]
    [InlineData("-ayuda")]
    [InlineData("ayuda-")]
    [InlineData("ayuda--ya")]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("health")]
    public void Check_refuses_codes_listeners_cannot_type_or_the_site_uses(string code)
    {
        var problem = ShortCode.Check(code);

        Assert.NotNull(problem);
    }

    [Fact]
    public void Check_refuses_a_code_too_long_to_say_aloud()
    {
        var atMaximum = new string('a', ShortCode.MaxLength);

        Assert.Null(ShortCode.Check(atMaximum));
        Assert.NotNull(ShortCode.Check(atMaximum + "a"));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Check_refuses_a_site_culture_because_it_starts_the_sites_own_addresses(string code)
    {
        var problem = ShortCode.Check(code, ["en", "es"]);

        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("inmigracion")]
    [InlineData("ayuda-24")]
    [InlineData("kcpd-2026")]
    [InlineData("es")]
    [InlineData("x")]
    public void Check_accepts_lower_case_letters_digits_and_inner_hyphens(string code)
    {
        var problem = ShortCode.Check(code);

        Assert.Null(problem);
    }

    [Theory]
    [InlineData("¿La policía de Kansas City hace cumplir las leyes de inmigración?", "policia-kansas-city")]
    [InlineData("What does the police do about immigration?", "police-immigration")]
    [InlineData("Know your rights", "know-rights")]
    [InlineData("Use of force", "use-force")]
    [InlineData("Derechos de los inmigrantes", "derechos-inmigrantes")]
    [InlineData("Inmigración", "inmigracion")]
    public void Suggest_keeps_the_main_words_of_a_title(string title, string expected)
    {
        var code = ShortCode.Suggest(title);

        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("¿La policía de Kansas City hace cumplir las leyes de inmigración?")]
    [InlineData("Policy 2026: body cameras in 10 districts")]
    [InlineData("Reglamento 4.1 de 2025 sobre cámaras corporales")]
    [InlineData("Extraordinarily-long-incomprehensibilities in the Constitution")]
    [InlineData("The 911 call")]
    public void Suggest_gives_a_short_code_of_letters_that_Check_accepts(string title)
    {
        var code = ShortCode.Suggest(title);

        Assert.InRange(code.Length, 1, 20);
        Assert.All(code, c => Assert.True(c is (>= 'a' and <= 'z') or '-', $"'{c}' in '{code}'"));
        Assert.Null(ShortCode.Check(code));
    }

    [Fact]
    public void Suggest_uses_the_small_words_when_the_title_has_nothing_else()
    {
        var code = ShortCode.Suggest("What about me?");

        Assert.Equal("what-about-me", code);
    }
}
