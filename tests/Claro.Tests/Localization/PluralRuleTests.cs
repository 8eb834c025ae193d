using Claro.Localization;
using Xunit;

namespace Claro.Tests.Localization;

public class PluralRuleTests
{
    private const string Polish =
        "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);";

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(101, 1)]
    public void English_rule_picks_singular_only_for_one(long n, int expected)
    {
        var rule = PluralRule.Parse("nplurals=2; plural=(n != 1);");

        Assert.Equal(expected, rule.FormIndex(n));
        Assert.Equal(2, rule.FormCount);
        Assert.Equal("(n != 1)", rule.Expression);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(11, 2)]
    [InlineData(12, 2)]
    [InlineData(14, 2)]
    [InlineData(21, 2)]
    [InlineData(22, 1)]
    [InlineData(104, 1)]
    [InlineData(112, 2)]
    [InlineData(0, 2)]
    public void Polish_rule_has_three_forms(long n, int expected)
    {
        var rule = PluralRule.Parse(Polish);

        Assert.Equal(expected, rule.FormIndex(n));
        Assert.Equal(3, rule.FormCount);
    }

    [Theory]
    [InlineData("n + 2 * 3", 1, 7)]
    [InlineData("(n + 2) * 3", 1, 9)]
    [InlineData("n - 1 - 1", 5, 3)]
    [InlineData("n / 2 * 2", 5, 4)]
    [InlineData("n % 3 + 1", 5, 3)]
    [InlineData("-n + 9", 4, 5)]
    [InlineData("!n", 0, 1)]
    [InlineData("!n", 3, 0)]
    [InlineData("!(n > 2) + 1", 1, 2)]
    [InlineData("n < 2 == 1", 1, 1)]
    [InlineData("n <= 1 && n >= 1", 1, 1)]
    [InlineData("n == 1 || n == 3", 3, 1)]
    [InlineData("n == 1 || n == 3", 2, 0)]
    [InlineData("n == 0 ? 0 : n == 1 ? 1 : 2", 0, 0)]
    [InlineData("n == 0 ? 0 : n == 1 ? 1 : 2", 1, 1)]
    [InlineData("n == 0 ? 0 : n == 1 ? 1 : 2", 9, 2)]
    [InlineData("n > 1 ? n > 5 ? 3 : 2 : 1", 7, 3)]
    [InlineData("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", 21, 0)]
    [InlineData("n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2", 11, 1)]
    public void Operators_follow_c_precedence(string expression, long n, int expected)
    {
        var rule = PluralRule.Parse($"nplurals=10; plural={expression};");

        Assert.Equal(expected, rule.FormIndex(n));
    }

    [Theory]
    [InlineData("n + 5", 1)]
    [InlineData("n - 5", 1)]
    [InlineData("n / 0", 1)]
    [InlineData("n % 0", 1)]
    public void Result_outside_the_forms_or_division_by_zero_picks_form_zero(string expression, long n)
    {
        var rule = PluralRule.Parse($"nplurals=3; plural={expression};");

        Assert.Equal(0, rule.FormIndex(n));
    }

    [Fact]
    public void Negative_count_is_taken_by_its_absolute_value()
    {
        var rule = PluralRule.Parse("nplurals=2; plural=(n != 1);");

        Assert.Equal(0, rule.FormIndex(-1));
        Assert.Equal(1, rule.FormIndex(long.MinValue));
    }

    [Theory]
    [InlineData("en", 1, 0)]
    [InlineData("en", 0, 1)]
    [InlineData("es", 1, 0)]
    [InlineData("es-MX", 2, 1)]
    [InlineData("de", 2, 1)]
    [InlineData("fr", 0, 0)]
    [InlineData("fr-CA", 1, 0)]
    [InlineData("fr", 2, 1)]
    public void Built_in_rules_have_two_forms(string culture, long n, int expected)
    {
        var rule = PluralRule.ForCulture(culture);

        Assert.Equal(2, rule.FormCount);
        Assert.Equal(expected, rule.FormIndex(n));
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("zh-Hans")]
    [InlineData("ja")]
    [InlineData("ko")]
    public void Built_in_rule_has_one_form_for_languages_without_plurals(string culture)
    {
        var rule = PluralRule.ForCulture(culture);

        Assert.Equal(1, rule.FormCount);
        Assert.Equal(0, rule.FormIndex(1));
        Assert.Equal(0, rule.FormIndex(5));
    }

    [Theory]
    [InlineData("nplurals=2; plural=(n != 1", "invalid plural expression: expected ')' at end of expression")]
    [InlineData("nplurals=2; plural=n != 1)", "invalid plural expression: unexpected ')' at position 7")]
    [InlineData("nplurals=2; plural=n ? 1", "invalid plural expression: expected ':' at end of expression")]
    [InlineData("nplurals=2; plural=n ? 1 ; 0", "invalid Plural-Forms: expected name=value, found '0'")]
    [InlineData("nplurals=2; plural=m != 1", "invalid plural expression: unexpected 'm' at position 1")]
    [InlineData("nplurals=2; plural=n & 1", "invalid plural expression: unexpected '&' at position 3")]
    [InlineData("nplurals=2; plural=n !=", "invalid plural expression: unexpected end of expression")]
    [InlineData("nplurals=2; plural=", "invalid plural expression: unexpected end of expression")]
    [InlineData("nplurals=2; plural=n 1", "invalid plural expression: unexpected '1' at position 3")]
    [InlineData("nplurals=2; plural=99999999999999999999", "invalid plural expression: number too large at position 1")]
    [InlineData("nplurals=0; plural=0", "invalid Plural-Forms: nplurals must be a positive integer, found '0'")]
    [InlineData("nplurals=2", "invalid Plural-Forms: both nplurals and plural are required")]
    [InlineData("plural=0", "invalid Plural-Forms: both nplurals and plural are required")]
    public void Malformed_plural_forms_is_rejected(string pluralForms, string message)
    {
        var error = Assert.Throws<FormatException>(() => PluralRule.Parse(pluralForms));

        Assert.Equal(message, error.Message);
    }
}
