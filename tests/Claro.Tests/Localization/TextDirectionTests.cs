using Claro.Content;
using Claro.Localization;

namespace Claro.Tests.Localization;

public class TextDirectionTests
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("ar-EG", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("fa", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("es", "ltr")]
    [InlineData("vi", "ltr")]
    [InlineData("so", "ltr")]
    [InlineData("not-a-language-at-all", "ltr")]
    [InlineData(null, "ltr")]
    public void Each_language_runs_its_own_way(string? culture, string expected) =>
        Assert.Equal(expected, TextDirection.Of(culture));

    [Theory]
    [InlineData("en", "ar", "ltr")]
    [InlineData("ar", "en", "rtl")]
    [InlineData("es", "en", null)]
    [InlineData("ar", "ar", null)]
    public void An_element_says_its_direction_only_where_it_differs_from_the_page(string culture, string page, string? expected) =>
        Assert.Equal(expected, TextDirection.Within(culture, page));

    [Theory]
    [InlineData("> \"Only immigration officers may arrest.\" {lang=en}", "<blockquote>\n<p lang=\"en\" dir=\"ltr\">\"Only immigration officers may arrest.\"")]
    [InlineData("نص عربي {lang=ar}", "<p lang=\"ar\" dir=\"rtl\">نص عربي")]
    [InlineData("Plain words.", "<p>Plain words.</p>")]
    [InlineData("Kept {lang=en dir=rtl}", "<p lang=\"en\" dir=\"rtl\">Kept")]
    public void Text_marked_with_its_language_runs_in_that_language_s_direction(string markdown, string html) =>
        Assert.StartsWith(html, MarkdownRenderer.ToHtml(markdown), StringComparison.Ordinal);
}
