using Claro.Content;

namespace Claro.Tests.Content;

public class MarkdownRendererTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Before\n\n<script>alert(1)</script>\n\nAfter")]
    [InlineData("Inline <script>alert(1)</script> text")]
    [InlineData("<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>")]
    public void Script_tags_typed_in_Markdown_never_become_elements(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](  javascript:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_to_script_or_data_lose_their_address(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Click me {onclick=\"alert(1)\"}")]
    [InlineData("## Title {onmouseover=alert(1)}")]
    [InlineData("[x](https://kcpd.org){onfocus=\"alert(1)\" autofocus}")]
    [InlineData("Text {style=\"background:url(javascript:alert(1))\" onload=alert(1)}")]
    public void Event_handlers_given_as_generic_attributes_are_removed(string markdown)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.DoesNotContain(" on", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Raw_html_in_Markdown_is_shown_as_text_not_parsed()
    {
        var html = MarkdownRenderer.ToHtml("<img src=x onerror=alert(1)>");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Preguntas {#preguntas}", "<h2 id=\"preguntas\">Preguntas</h2>")]
    [InlineData("## Know your rights", "<h2 id=\"know-your-rights\">Know your rights</h2>")]
    [InlineData("## Información para inmigrantes", "<h2 id=\"informacion-para-inmigrantes\">Información para inmigrantes</h2>")]
    public void Headings_keep_an_id_readers_can_link_to(string markdown, string expected)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Equal(expected, html.Trim());
    }

    [Fact]
    public void A_paragraph_in_another_language_keeps_its_lang_attribute()
    {
        var html = MarkdownRenderer.ToHtml("Call 911 in an emergency. {lang=en}");

        Assert.StartsWith("<p lang=\"en\">Call 911 in an emergency.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[KCPD](https://kcpd.org/help)", "href=\"https://kcpd.org/help\"")]
    [InlineData("[Write](mailto:help@kcpd.org)", "href=\"mailto:help@kcpd.org\"")]
    [InlineData("[Call](tel:+18162346000)", "href=\"tel:+18162346000\"")]
    public void Links_to_web_mail_and_phone_survive(string markdown, string expected)
    {
        var html = MarkdownRenderer.ToHtml(markdown);

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Blockquotes_and_lists_survive()
    {
        var html = MarkdownRenderer.ToHtml("> Quoted policy\n\n- one\n- two\n\n1. first\n2. second\n");

        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<ul>\n<li>one</li>\n<li>two</li>\n</ul>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>\n<li>first</li>\n<li>second</li>\n</ol>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sanitize_cleans_imported_html_but_keeps_its_content()
    {
        const string imported =
            "<h2 id=\"derechos\" onclick=\"steal()\">Derechos</h2>" +
            "<script>alert(1)</script>" +
            "<p>Texto <img src=\"x\" onerror=\"alert(1)\"> <a href=\"javascript:alert(1)\">aquí</a> <a href=\"https://kcpd.org\">KCPD</a></p>";

        var html = MarkdownRenderer.Sanitize(imported);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2 id=\"derechos\">Derechos</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://kcpd.org\">KCPD</a>", html, StringComparison.Ordinal);
        Assert.Contains("aquí", html, StringComparison.Ordinal);
    }
}
