using System.Net;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

/// <summary>An error page's status is the server's: what a request sends cannot choose it.</summary>
public sealed class ErrorPageTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    [Theory]
    [InlineData("/en/no-such-page", "503")]
    [InlineData("/en/know-your-rights", "200")]
    [InlineData("/api/v1/documents/en/no-such-page", "200")]
    public async Task A_status_field_posted_to_any_page_does_not_choose_the_status(string path, string status)
    {
        var response = await app.Reader().PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["status"] = status }));

        Assert.NotEqual(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task The_error_page_itself_cannot_be_asked_for_another_status()
    {
        var direct = await app.Reader().GetAsync("/error/503");
        var query = await app.Reader().GetAsync("/en/no-such-page?status=200");

        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, query.StatusCode);
    }
}
