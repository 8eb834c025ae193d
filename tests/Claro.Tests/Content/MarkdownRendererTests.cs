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

        Assert.StartsWith("<p lang=\"en\" dir=\"ltr\">Call 911 in an emergency.", html, StringComparison.Ordinal);
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
        Assert.Contains("<a href=\"https://kcpd.org\" rel=\"noopener noreferrer\">KCPD</a>", html, StringComparison.Ordinal);
        Assert.Contains("aquí", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![Map of the districts](https://tracker.example/pixel.gif)", "<p><a href=\"https://tracker.example/pixel.gif\" rel=\"noopener noreferrer\">Map of the districts</a></p>")]
    [InlineData("![](https://tracker.example/pixel.gif)", "<p><a href=\"https://tracker.example/pixel.gif\" rel=\"noopener noreferrer\">https://tracker.example/pixel.gif</a></p>")]
    [InlineData("![Map](//tracker.example/pixel.gif)", "<p><a href=\"//tracker.example/pixel.gif\" rel=\"noopener noreferrer\">Map</a></p>")]
    [InlineData("![Map](data:image/gif;base64,R0lGODlhAQABAAAAACw=)", "<p>Map</p>")]
    [InlineData("![Map of the districts](/media/districts.png)", "<p><img src=\"/media/districts.png\" alt=\"Map of the districts\"></p>")]
    public void Images_from_another_host_become_links_and_the_sites_own_stay(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.ToHtml(markdown).Trim());
    }

    [Theory]
    [InlineData("<p>Text <img src=\"https://tracker.example/p.gif\" alt=\"\" width=\"1\" height=\"1\"></p>", "<p>Text <a href=\"https://tracker.example/p.gif\" rel=\"noopener noreferrer\">https://tracker.example/p.gif</a></p>")]
    [InlineData("<p><img src=\"/\t/tracker.example/p.gif\" alt=\"x\"></p>", "<p><a href=\"/\t/tracker.example/p.gif\" rel=\"noopener noreferrer\">x</a></p>")]
    [InlineData("<p><img src=\"/\\tracker.example/p.gif\" alt=\"x\"></p>", "<p><a href=\"/\\tracker.example/p.gif\" rel=\"noopener noreferrer\">x</a></p>")]
    [InlineData("<p><img srcset=\"https://tracker.example/p.gif 1x\" src=\"/ok.png\" alt=\"x\"></p>", "<p><img src=\"/ok.png\" alt=\"x\"></p>")]
    [InlineData("<video src=\"https://tracker.example/v.mp4\" poster=\"https://tracker.example/p.gif\"></video><p>After</p>", "<p>After</p>")]
    [InlineData("<iframe src=\"https://tracker.example/\"></iframe><p>After</p>", "<p>After</p>")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://tracker.example/s.css\"><p>After</p>", "<p>After</p>")]
    [InlineData("<p style=\"background: url(https://tracker.example/p.gif)\">Text</p>", "<p>Text</p>")]
    public void Imported_html_loads_nothing_from_another_host(string imported, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.Sanitize(imported));
    }

    [Theory]
    [InlineData("Text {style=\"position: fixed; inset: 0\"}", "<p>Text </p>")]
    [InlineData("<p style=\"position: fixed; inset: 0\">Text</p>", "<p>Text</p>")]
    [InlineData("<p class=\"refusal\">Text</p>", "<p>Text</p>")]
    [InlineData("Text {.refusal}", "<p>Text </p>")]
    [InlineData("<style>body { display: none }</style><p>Text</p>", "<p>Text</p>")]
    public void Content_cannot_style_or_reposition_the_page(string input, string expected)
    {
        var html = input.StartsWith('<') ? MarkdownRenderer.Sanitize(input) : MarkdownRenderer.ToHtml(input).Trim();

        Assert.Equal(expected, html);
    }

    [Theory]
    [InlineData("<form action=\"https://evil.example/steal\"><p>Sign in again:</p><input type=\"password\" name=\"p\"><button>Send</button></form>", "<p>Sign in again:</p>")]
    [InlineData("<p>Pick one: <select><option>Yes</option></select><textarea>Tell us</textarea></p>", "<p>Pick one: </p>")]
    [InlineData("<p><label for=\"x\">Name</label> <input id=\"x\"></p>", "<p>Name </p>")]
    [InlineData("<main><nav><p>Text</p></nav></main>", "<p>Text</p>")]
    [InlineData("<p onclick=\"steal()\"><a href=\"javascript:steal()\">Text</a></p><script>steal()</script>", "<p><a>Text</a></p>")]
    public void Forms_inputs_and_page_landmarks_from_content_are_removed_and_their_text_kept(string imported, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.Sanitize(imported));
    }

    [Theory]
    [InlineData("## Main {#main}", "<h2 id=\"content-main\">Main</h2>")]
    [InlineData("## Summary", "<h2 id=\"content-summary\">Summary</h2>")]
    [InlineData("## Title", "<h2 id=\"content-title\">Title</h2>")]
    [InlineData("## Publish {#publish-es}", "<h2 id=\"content-publish-es\">Publish</h2>")]
    [InlineData("## Search {#search-title}", "<h2 id=\"content-search-title\">Search</h2>")]
    [InlineData("## Preguntas {#preguntas}", "<h2 id=\"preguntas\">Preguntas</h2>")]
    [InlineData("## What our policy says {#policy}", "<h2 id=\"policy\">What our policy says</h2>")]
    public void Ids_from_content_never_take_the_pages_own_and_heading_anchors_stay(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.ToHtml(markdown).Trim());
    }

    [Fact]
    public void An_imported_id_that_the_page_uses_is_prefixed()
    {
        Assert.Equal("<p id=\"content-main\">Text</p><p id=\"derechos\">More</p>", MarkdownRenderer.Sanitize("<p id=\"main\">Text</p><p id=\"derechos\">More</p>"));
    }

    [Theory]
    [InlineData("[KCPD](https://kcpd.org/help)", "<p><a href=\"https://kcpd.org/help\" rel=\"noopener noreferrer\">KCPD</a></p>")]
    [InlineData("[Help](//kcpd.org/help)", "<p><a href=\"//kcpd.org/help\" rel=\"noopener noreferrer\">Help</a></p>")]
    [InlineData("[Write](mailto:help@kcpd.org)", "<p><a href=\"mailto:help@kcpd.org\" rel=\"noopener noreferrer\">Write</a></p>")]
    [InlineData("[Read more](/en/report-a-crime#fear)", "<p><a href=\"/en/report-a-crime#fear\">Read more</a></p>")]
    [InlineData("[Questions](#questions)", "<p><a href=\"#questions\">Questions</a></p>")]
    public void Links_away_from_the_site_carry_noopener_noreferrer(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownRenderer.ToHtml(markdown).Trim());
    }

    [Theory]
    [InlineData("<a href=\"https://evil.example\" rel=\"opener\" target=\"_blank\">x</a>")]
    [InlineData("<a href=\"https://evil.example\" rel=\"opener noreferrer\" target=\"_top\" ping=\"https://evil.example/ping\">x</a>")]
    public void Links_cannot_keep_an_opener_or_a_target(string imported)
    {
        Assert.Equal("<a href=\"https://evil.example\" rel=\"noopener noreferrer\">x</a>", MarkdownRenderer.Sanitize(imported));
    }

    [Fact]
    public void Content_is_written_as_AngleSharp_would_write_it()
    {
        const string varied =
            "<h2 id=\"a\">Title &amp; “quotes”</h2><p lang=\"en\">One<br>two&nbsp;three <em>four</em> <a href=\"/x?a=1&amp;b=2\" title=\"say &quot;hi&quot;\">five</a></p>" +
            "<pre><code>\nline one\n  &lt;indented&gt;\n</code></pre><pre>\n\nkept</pre><ul><li>a<ul><li>b</li></ul></li></ul>" +
            "<table><thead><tr><th scope=\"col\">h</th></tr></thead><tbody><tr><td colspan=\"2\">c</td></tr></tbody></table><hr><blockquote><p>q</p></blockquote>";
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(varied);

        Assert.Equal(document.Body!.InnerHtml, ContentHtml.Write(document.Body));
    }
}
