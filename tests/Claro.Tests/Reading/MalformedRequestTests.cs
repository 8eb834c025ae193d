using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Claro.Tests.Admin;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

/// <summary>
/// Every route the site maps, read from its own endpoint list so that a new route is covered without
/// touching this test, gets the malformed requests a careless or hostile client sends: values of the
/// wrong type in the address, truncated and mistyped JSON, the wrong content type, broken multipart,
/// forms and uploads past the size limits. Each is answered on a real Kestrel server with a 4xx and a
/// localized page or a problem+json document: never a 500, never a broken status line, nothing logged
/// as the site's error.
/// </summary>
public sealed class MalformedRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private const int Megabyte = 1024 * 1024;

    /// <summary>Bodies "past the size limit" are this long: over the default limit, not over a route that allows more.</summary>
    private const int Oversized = 5 * Megabyte;

    [Fact]
    public async Task Every_route_answers_malformed_requests_with_a_4xx_never_a_500_or_a_broken_status()
    {
        var routes = await SiteRoute.AllAsync(site.Services);
        var session = await StaffSessionAsync();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            foreach (var (what, request) in Malformed(route, session))
            {
                var outcome = await SendAsync(session, request);
                if (outcome is not null)
                {
                    failures.Add($"{route.Method} {route.Template} — {what}: {outcome}");
                }
            }
        }

        Assert.True(routes.Count >= 40, $"only {routes.Count} routes were found");
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(site.ServerErrors.IsEmpty, string.Join('\n', site.ServerErrors));
    }

    [Theory]
    [InlineData(35)]
    [InlineData(60)]
    public async Task An_upload_to_the_transfers_page_is_answered_with_a_status_even_past_its_limit(int megabytes)
    {
        var session = await StaffSessionAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(session.Token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[megabytes * Megabyte]), "recipe", "big.recipe.json" },
        };

        using var response = await session.Pages.PostAsync("/admin/transfers?handler=Import", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(megabytes < 50 ? HttpStatusCode.BadRequest : HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(megabytes < 50 ? "not valid JSON" : "recipe files up to 50 MB", html, StringComparison.Ordinal);
    }

    private static async Task<string?> SendAsync(StaffSession session, Request request)
    {
        var client = request.Path.StartsWith("/api/", StringComparison.Ordinal) ? session.Api : session.Pages;
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Path) { Content = request.Body };
        message.Headers.AcceptLanguage.ParseAdd("es");
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message);
        }
        catch (HttpRequestException e)
        {
            return $"no readable answer ({e.Message})";
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            var body = await response.Content.ReadAsStringAsync();
            if (status is < 400 or >= 500)
            {
                return request.Strict || status is < 200 or >= 500 ? $"status {status}" : null;
            }

            if (request.Path.StartsWith("/api/", StringComparison.Ordinal))
            {
                return type == "application/problem+json" && JsonDocument.Parse(body).RootElement.TryGetProperty("detail", out _)
                    ? null
                    : $"{status} without a problem document ({type})";
            }

            return type == "text/html" && body.Contains("<html lang=\"", StringComparison.Ordinal) ? null : $"{status} without a page ({type})";
        }
    }

    private static IEnumerable<(string What, Request Request)> Malformed(SiteRoute route, StaffSession session)
    {
        // The address: each value swapped for one of the wrong type, shape or encoding.
        foreach (var parameter in route.Parameters)
        {
            foreach (var (what, value) in WrongValues)
            {
                yield return ($"{parameter} {what}", new Request(route.Method, route.Path(session.Values, parameter, value) + route.Query, null, Strict: true));
            }
        }

        // The query: values of the wrong type where numbers, dates and languages are read.
        yield return ("junk query", new Request(route.Method, route.Path(session.Values) + Join(route.Query, JunkQuery), null, Strict: false));

        if (route.Method is "GET" or "HEAD")
        {
            yield break;
        }

        var path = route.Path(session.Values) + route.Query;
        foreach (var (what, oversized, body) in MalformedBodies(session))
        {
            if (!oversized || route.BodyLimit < Oversized)
            {
                yield return (what, new Request(route.Method, path, body(), Strict: true));
            }
        }
    }

    private static readonly (string What, string Value)[] WrongValues =
    [
        ("not a number", "not-a-number"),
        ("negative", "-1"),
        ("too large a number", "99999999999999999999999"),
        ("broken percent-encoding", "%E0%A4%A"),
        ("encoded slash", "..%2F..%2Fetc"),
        ("5,000 characters", new string('a', 5000)),
        ("invalid UTF-8", "%FF%FE%C3"),
    ];

    private static readonly string JunkQuery =
        "from=yesterday&to=%ff&target=xx-YY&version=two&source=&text=" + new string('x', 3000) +
        "&q=%00" + "&culture=%E0%A4%A&ui=zz&handler=Nope&returnUrl=https://evil.example/&date=31/31/2031&done=%3Cscript%3E";

    private static IEnumerable<(string What, bool Oversized, Func<HttpContent> Body)> MalformedBodies(StaffSession session)
    {
        yield return ("truncated JSON", false, () => Json("{\"culture\": \"en\", \"slug\": \"a-page\", \"title\":"));
        yield return ("JSON of the wrong types", false, () => Json(
            "{\"culture\":5,\"slug\":[],\"title\":{},\"summary\":true,\"body\":1.5,\"baseVersion\":\"x\",\"version\":\"two\"," +
            "\"cultures\":\"en\",\"publishAt\":\"tomorrow\",\"date\":12,\"allowOutdatedTranslations\":\"yes\",\"reason\":[],\"email\":0,\"password\":{}}"));
        yield return ("JSON null", false, () => Json("null"));
        yield return ("JSON array", false, () => Json("[]"));
        yield return ("JSON nested 10,000 deep", false, () => Json(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("invalid UTF-8 as JSON", false, () => new ByteArrayContent([0x7B, 0x22, 0xC3, 0x28, 0xFF, 0x22, 0x7D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        yield return ("JSON sent as text/plain", false, () => new StringContent("{\"culture\":\"en\"}", Encoding.UTF8, "text/plain"));
        yield return ("JSON past the size limit", true, () => Json("{\"body\":\"" + new string('a', Oversized) + "\"}"));
        yield return ("undecodable form", false, () => new StringContent("a=%%%&b=%zz&=&&__RequestVerificationToken=%", Encoding.ASCII, "application/x-www-form-urlencoded"));
        yield return ("form value past the size limit", true, () => new StringContent(
            "__RequestVerificationToken=" + Uri.EscapeDataString(session.Token) + "&Input.Body=" + new string('a', Oversized), Encoding.ASCII, "application/x-www-form-urlencoded"));
        yield return ("2,000 form fields", false, () => new StringContent(
            "__RequestVerificationToken=" + Uri.EscapeDataString(session.Token) + string.Concat(Enumerable.Range(0, 2000).Select(i => $"&f{i}=x")), Encoding.ASCII, "application/x-www-form-urlencoded"));
        yield return ("multipart without a boundary", false, () => new StringContent("garbage", Encoding.ASCII, "multipart/form-data"));
        yield return ("multipart with a boundary it never uses", false, () => Multipart("xx", "garbage"));
        yield return ("multipart cut off", false, () => Multipart("xx", "--xx\r\nContent-Disposition: form-data; name=\"recipe\"; filename=\"r.json\"\r\n\r\n{\"steps\""));
        yield return ("upload past the size limit", true, () => Multipart("xx",
            $"--xx\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{session.Token}\r\n" +
            $"--xx\r\nContent-Disposition: form-data; name=\"recipe\"; filename=\"r.json\"\r\n\r\n{new string('a', Oversized)}\r\n--xx--\r\n"));
        yield return ("XML with a DTD", false, () => new StringContent("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><xliff>&b;</xliff>", Encoding.UTF8, "application/xliff+xml"));
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static StringContent Multipart(string boundary, string body)
    {
        var content = new StringContent(body, Encoding.ASCII);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return content;
    }

    private static string Join(string query, string more) => query.Length == 0 ? "?" + more : query + "&" + more;

    /// <summary>An administrator signed in both ways (a bearer token for the API, a cookie and its antiforgery token for the pages), and real values for the address.</summary>
    private async Task<StaffSession> StaffSessionAsync()
    {
        var api = KestrelSite.ClientTo(site.IPv4);
        var login = await api.PostAsJsonAsync("/api/v1/account/login", new { email = ClaroApp.Admin, password = ClaroApp.Password });
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var pages = KestrelSite.ClientTo(site.IPv4);
        var form = await pages.GetStringAsync("/admin/login");
        await pages.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = ClaroApp.Admin,
            ["password"] = ClaroApp.Password,
            ["__RequestVerificationToken"] = AdminForms.TokenIn(form),
        }));
        var dashboard = await pages.GetStringAsync("/admin");

        var documents = await api.GetFromJsonAsync<JsonElement>("/api/v1/documents?culture=en");
        var first = documents.EnumerateArray().First();
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = first.GetProperty("id").GetString()!,
            ["culture"] = "en",
            ["slug"] = first.GetProperty("slug").GetString()!,
            ["code"] = "inmigracion",
            ["status"] = "404",
        };
        return new StaffSession(api, pages, AdminForms.TokenIn(dashboard), values);
    }

    private sealed record StaffSession(HttpClient Api, HttpClient Pages, string Token, IReadOnlyDictionary<string, string> Values);

    /// <summary>A request to send; when <see cref="Strict"/>, nothing but a 4xx is a right answer to it.</summary>
    private sealed record Request(string Method, string Path, HttpContent? Body, bool Strict);
}
