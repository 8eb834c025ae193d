using System.Net.Http.Json;
using Claro.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Claro.Tests.Links;

/// <summary>Reads the PNG QR code back with Debian's zbarimg, as a phone camera would.</summary>
[Trait("Category", "Database")]
public sealed class QrCodeDecodingTests : IDisposable
{
    private readonly ClaroApp _app = new(new() { ["Claro:PublicBaseUrl"] = "https://kcpd.example.org" }, null);

    [Fact]
    public async Task The_PNG_QR_code_holds_the_absolute_short_link_from_the_public_base_URL()
    {
        var png = await _app.Reader().GetByteArrayAsync("/s/inmigracion/qr.png");

        Assert.Equal("https://kcpd.example.org/s/inmigracion", await QrReader.ReadAsync(png));
    }

    [Fact]
    public async Task With_a_public_address_the_admin_API_lists_absolute_short_links()
    {
        var publisher = await _app.SignInAsync(ClaroApp.Publisher);

        var links = await publisher.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/admin/shortlinks");

        Assert.Contains(links.EnumerateArray(), l => l.GetProperty("url").GetString() == "https://kcpd.example.org/s/inmigracion");
    }

    public void Dispose() => _app.Dispose();
}
