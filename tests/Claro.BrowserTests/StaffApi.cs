using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Claro.BrowserTests;

/// <summary>Sets up content through the admin API, so browser tests spend their time on what they check.</summary>
internal sealed class StaffApi(string baseUrl)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<string> CreateAsync(string who, string culture, string slug, string title, string body)
    {
        var response = await (await ClientAsync(who)).PostAsJsonAsync("/api/v1/admin/documents", new { culture, slug, title, summary = "Summary.", body });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task SaveDraftAsync(string who, string id, string culture, string slug, string title, string body, int baseVersion) =>
        (await (await ClientAsync(who)).PutAsJsonAsync($"/api/v1/admin/documents/{id}/{culture}/draft",
            new { slug, title, summary = "Summary.", body, changeNote = "Update", baseVersion })).EnsureSuccessStatusCode();

    public async Task ReviewAndPublishAsync(string id, string culture, string writer, bool allowOutdated = false)
    {
        (await (await ClientAsync(writer)).PostAsJsonAsync($"/api/v1/admin/documents/{id}/{culture}/submit", new { })).EnsureSuccessStatusCode();
        var reviewer = await ClientAsync("reviewer2@example.org");
        var document = await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/admin/documents/{id}");
        var version = document.GetProperty("cultures").EnumerateArray().Single(c => c.GetProperty("culture").GetString() == culture).GetProperty("latestVersion").GetInt32();
        (await reviewer.PostAsJsonAsync($"/api/v1/admin/documents/{id}/{culture}/approve", new { version })).EnsureSuccessStatusCode();
        (await (await ClientAsync("publisher@example.org")).PostAsJsonAsync($"/api/v1/admin/documents/{id}/publish",
            new { cultures = new[] { culture }, allowOutdatedTranslations = allowOutdated })).EnsureSuccessStatusCode();
    }

    private async Task<HttpClient> ClientAsync(string email)
    {
        if (_clients.TryGetValue(email, out var client))
        {
            return client;
        }

        client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password = "Demo-Pass-2026" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _clients[email] = client;
        return client;
    }
}
