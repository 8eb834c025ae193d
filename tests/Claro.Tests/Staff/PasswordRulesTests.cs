using Claro.Staff;

namespace Claro.Tests.Staff;

public class PasswordRulesTests
{
    [Theory]
    [InlineData("a long passphrase")]
    [InlineData("correct horse battery staple")]
    [InlineData("lluvia en el río grande")]
    [InlineData("a long and careful Passphrase-1")]
    [InlineData("MYTELEPHONEBOOTH")]
    [InlineData("1 quiet street corner")]
    public void Long_passphrases_are_accepted_without_digits_capitals_or_symbols(string password)
    {
        Assert.Null(PasswordRules.Problem(password, "you@example.org"));
    }

    [Theory]
    [InlineData("", "at least 15")]
    [InlineData("Demo-Pass-2026", "at least 15")]
    [InlineData("Tr0ub4dor&3xyz", "at least 15")]
    [InlineData("passwordpassword", "choose most")]
    [InlineData("PASSWORDPASSWORD", "choose most")]
    [InlineData("password1234567", "choose most")]
    [InlineData("!!!iloveyou2025!!!", "choose most")]
    [InlineData("1qaz2wsx3edc4rfv", "keyboard")]
    [InlineData("qwertyuiopasdfgh", "keyboard")]
    [InlineData("abcdefghijklmnop", "keyboard")]
    [InlineData("123456789012345", "keyboard")]
    [InlineData("543210987654321", "keyboard")]
    [InlineData("aaaaaaaaaaaaaaaa", "repeated")]
    [InlineData("abcabcabcabcabcabc", "repeated")]
    [InlineData("trustno1trustno1", "repeated")]
    [InlineData("chief.gonzalez2026", "email")]
    public void Short_common_and_predictable_passwords_are_refused(string password, string reason)
    {
        var problem = PasswordRules.Problem(password, "chief.gonzalez@kcpd.org");

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_password_longer_than_anyone_types_is_refused()
    {
        Assert.Contains("at most", PasswordRules.Problem(new string('x', 200) + " and some words " + new string('y', 100), null), StringComparison.Ordinal);
    }
}
