using Claro.Tests.Support;

namespace Claro.Tests.Reading;

/// <summary>
/// Without Claro:PublicBaseUrl, a Host header the site was not told is its own never reaches a link:
/// readers' pages are cached for everyone, so one forged request would otherwise send every reader elsewhere.
/// </summary>
public sealed class HostHeaderTests : IDisposable
{
    private const string Evil = "evil.example";
    private readonly ClaroApp _app = new();

    [Theory]
    [InlineData("/en/know-your-rights")]
    [InlineData("/es/")]
    [InlineData("/sitemap.xml")]
    [InlineData("/en/feed.atom")]
    [InlineData("/es/feed.atom")]
    [InlineData("/api/v1/documents?culture=en")]
    [InlineData("/api/v1/documents/es/inmigracion")]
    public async Task A_forged_host_never_reaches_a_link(string path)
    {
        var forged = await ForgedAsync(path);
        var body = await forged.Content.ReadAsStringAsync();
        var honest = await _app.Reader().GetStringAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.OK, forged.StatusCode);
        Assert.DoesNotContain(Evil, body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Evil, honest, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_host_never_reaches_a_QR_code()
    {
        var png = await (await ForgedAsync("/s/inmigracion/qr.png")).Content.ReadAsByteArrayAsync();

        Assert.Equal("http://localhost/s/inmigracion", await QrReader.ReadAsync(png));
    }

    [Fact]
    public async Task The_sites_own_host_still_makes_its_links()
    {
        var page = await _app.Reader().GetStringAsync("/en/know-your-rights");

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/en/know-your-rights\">", page, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> ForgedAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = Evil;
        request.Headers.Add("X-Forwarded-Host", Evil);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return _app.Reader().SendAsync(request);
    }

    public void Dispose() => _app.Dispose();
}
