using Claro.Translation;

namespace Claro.Tests.Translation;

public class LinkCodesTests
{
    private static readonly string[] Cultures = ["en", "es"];

    private const string Source = "See [the call](/en/ice-help#call), [our policy](/en/immigration \"Policy\") and [ICE](https://ice.gov).\nAgain [the call](/en/ice-help#call).";

    [Fact]
    public void The_source_links_to_explainers_get_one_number_per_address_and_show_as_reference_links()
    {
        var codes = LinkCodes.Of(Source, Cultures);

        var shown = LinkCodes.Show(Source, url => codes.FirstOrDefault(c => c.Url == url)?.Number);

        Assert.Equal([(1, "/en/ice-help#call", "(/en/ice-help#call)"), (2, "/en/immigration", "(/en/immigration \"Policy\")")], codes.Select(c => (c.Number, c.Url, c.Destination)));
        Assert.Equal("See [the call][1], [our policy][2] and [ICE](https://ice.gov).\nAgain [the call][1].", shown);
    }

    [Theory]
    [InlineData("Vea [la llamada][1] y [la política][2].", "Vea [la llamada](/en/ice-help#call) y [la política](/en/immigration \"Policy\").")]
    [InlineData("Vea [**la** llamada][1] y `[x][2]`.", "Vea [**la** llamada](/en/ice-help#call) y `[x][2]`.")]
    [InlineData("Vea [la llamada](/es/ice-pide-ayuda).", "Vea [la llamada](/es/ice-pide-ayuda).")]
    [InlineData("[1]: /es/otra\n\nVea [esto][1].", "[1]: /es/otra\n\nVea [esto][1].")]
    public void Saving_puts_the_source_address_back_where_the_translator_wrote_a_code(string translation, string stored) =>
        Assert.Equal(stored, LinkCodes.Restore(translation, LinkCodes.Of(Source, Cultures)).Value);

    [Fact]
    public void A_code_the_source_does_not_have_is_refused()
    {
        var outcome = LinkCodes.Restore("Vea [la llamada][3].", LinkCodes.Of(Source, Cultures));

        Assert.Contains("link [3]", outcome.Refusal!.Detail, StringComparison.Ordinal);
        Assert.Contains("1 to 2", outcome.Refusal.Detail, StringComparison.Ordinal);
    }
}
