using Claro.Links;

namespace Claro.Tests.Links;

public class SpokenLinkTests
{
    [Theory]
    [InlineData("https://kcpd.org", "inmigracion", "es", "Inmigración: lo que hace la policía", "kcpd punto org, barra, s, barra, inmigración")]
    [InlineData("https://kcpd.org/", "inmigracion", "es", null, "kcpd punto org, barra, s, barra, inmigracion")]
    [InlineData("https://kcpd.org", "ice-help", "en", "ICE asks for help", "kcpd dot org, slash, s, slash, ice dash help")]
    [InlineData("https://kcpd.org", "policia-local", "es-MX", "La policía local", "kcpd punto org, barra, s, barra, policía guion local")]
    [InlineData("http://localhost:5080", "rights", "en", "Know your rights", "localhost colon 5080, slash, s, slash, rights")]
    [InlineData("https://www.kcmo.gov/police", "derechos", "es", "Conozca sus derechos", "www punto kcmo punto gov, barra, police, barra, s, barra, derechos")]
    [InlineData("https://kcpd.org", "droits", "fr", "Vos droits", "kcpd dot org, slash, s, slash, droits")]
    public void Says_the_link_in_its_language(string baseUrl, string code, string culture, string? title, string expected) =>
        Assert.Equal(expected, SpokenLink.Say(baseUrl, code, culture, title));
}
