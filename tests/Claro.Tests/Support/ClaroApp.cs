using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Claro.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Support;

/// <summary>
/// The real site on a throwaway database, in Development so the demo accounts exist, with the
/// domain verbs tests need: sign in as a role, create and publish documents. The database is a
/// SQLite file, or, when <c>CLARO_TEST_POSTGRES</c> names a PostgreSQL server, a database of its
/// own on that server, dropped at the end.
/// </summary>
public class ClaroApp : WebApplicationFactory<Program>
{
    public const string Password = "Demo-Pass-2026";
    public const string Author = "author@example.org";
    public const string Translator = "translator@example.org";
    public const string Reviewer = "reviewer@example.org";
    public const string Reviewer2 = "reviewer2@example.org";
    public const string Publisher = "publisher@example.org";
    public const string Admin = "admin@example.org";

    private readonly string _folder = Directory.CreateTempSubdirectory("claro-test-").FullName;
    private readonly Dictionary<string, string> _tokens = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly TestDatabase? _postgres;
    private readonly bool _ownsDatabase;

    public ClaroApp()
        : this((Dictionary<string, string?>?)null, null)
    {
    }

    /// <summary>A site on SQLite or PostgreSQL as the environment says, unless the settings name <c>Claro:Database</c> themselves.</summary>
    protected internal ClaroApp(Dictionary<string, string?>? settings, FakeTimeProvider? clock)
    {
        _settings = settings ?? [];
        Clock = clock;
        var provider = _settings.TryGetValue("Claro:Database", out var named) ? named : TestDatabase.Server is null ? "Sqlite" : "Postgres";
        if (string.Equals(provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            _postgres = TestDatabase.Create();
            _ownsDatabase = true;
        }
    }

    /// <summary>A second web node on the first one's PostgreSQL database, as behind a load balancer.</summary>
    protected ClaroApp(ClaroApp first)
        : this(first, null)
    {
    }

    private ClaroApp(ClaroApp first, Dictionary<string, string?>? settings)
    {
        _settings = new(first._settings);
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }

        Clock = first.Clock;
        _postgres = first._postgres ?? throw new InvalidOperationException("Only nodes on PostgreSQL share a database.");
    }

    public FakeTimeProvider? Clock { get; }

    public string DatabasePath => Path.Combine(_folder, "claro.db");

    public bool OnPostgres => _postgres is not null;

    /// <summary>A site on a PostgreSQL database of its own, whatever the environment says, with these settings besides.</summary>
    public static ClaroApp OnPostgresDatabase(Dictionary<string, string?>? settings = null) =>
        new(new Dictionary<string, string?>(settings ?? []) { ["Claro:Database"] = "Postgres" }, clock: null);

    /// <summary>Another host of the site on this one's database: a second web node, with settings of its own if given.</summary>
    public ClaroApp SecondNode(Dictionary<string, string?>? settings = null) => new(this, settings);

    /// <summary>The connection string of this site's PostgreSQL database.</summary>
    public string PostgresConnectionString => _postgres?.ConnectionString ?? throw new InvalidOperationException("This site runs on SQLite.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (_postgres is null)
        {
            builder.UseSetting("ConnectionStrings:Claro", $"Data Source={DatabasePath}");
        }
        else
        {
            builder.UseSetting("Claro:Database", "Postgres");
            builder.UseSetting("ConnectionStrings:Claro", _postgres.ConnectionString);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>A client that shows redirects instead of following them, as a reader's first request sees them.</summary>
    public HttpClient Reader() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Address });

    /// <summary>Where clients send their requests: the in-memory server, unless a subclass runs the site on Kestrel.</summary>
    protected virtual Uri Address => new("http://localhost");

    /// <summary>A client signed in through the login API with a bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            var response = await Reader().PostAsJsonAsync("/api/v1/account/login", new { email, password = Password });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            token = body.GetProperty("accessToken").GetString()!;
            _tokens[email] = token;
        }

        var client = Reader();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Forgets the bearer tokens, which expire after eight hours: for tests that move the clock by days.</summary>
    public void ForgetSignIns() => _tokens.Clear();

    /// <summary>Creates a document in English as the author; returns its id.</summary>
    public async Task<string> CreateDocumentAsync(string slug, string body, string title = "Test page", string culture = "en")
    {
        var author = await SignInAsync(Author);
        var response = await author.PostAsJsonAsync("/api/v1/admin/documents", new { culture, slug, title, summary = "A page for tests.", body });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Saves a draft; returns the response so tests can look at refusals.</summary>
    public async Task<HttpResponseMessage> SaveDraftAsync(string who, string id, string culture, object draft) =>
        await (await SignInAsync(who)).PutAsJsonAsync($"/api/v1/admin/documents/{id}/{culture}/draft", draft);

    public async Task<HttpResponseMessage> StepAsync(string who, string id, string culture, string step, object? body = null) =>
        await (await SignInAsync(who)).PostAsJsonAsync($"/api/v1/admin/documents/{id}/{culture}/{step}", body ?? new { });

    /// <summary>Approves a culture's version as a reviewer who read it: by default the latest version, as the review page shows it.</summary>
    public async Task<HttpResponseMessage> ApproveAsync(string who, string id, string culture, int? version = null) =>
        await StepAsync(who, id, culture, "approve", new { version = version ?? (await CultureStateAsync(id, culture)).GetProperty("latestVersion").GetInt32() });

    public async Task<HttpResponseMessage> PublishAsync(string id, string[] cultures, bool allowOutdated = false, string who = Publisher) =>
        await (await SignInAsync(who)).PostAsJsonAsync($"/api/v1/admin/documents/{id}/publish", new { cultures, allowOutdatedTranslations = allowOutdated });

    /// <summary>Submits, approves (as a second person) and publishes the latest version of each culture.</summary>
    public async Task ReviewAndPublishAsync(string id, params (string Culture, string Writer)[] cultures)
    {
        foreach (var (culture, writer) in cultures)
        {
            (await StepAsync(writer, id, culture, "submit")).EnsureSuccessStatusCode();
            (await ApproveAsync(Reviewer, id, culture)).EnsureSuccessStatusCode();
        }

        (await PublishAsync(id, cultures.Select(c => c.Culture).ToArray())).EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> GetJsonAsync(string who, string path) =>
        await (await SignInAsync(who)).GetFromJsonAsync<JsonElement>(path);

    public async Task<JsonElement> CultureStateAsync(string id, string culture)
    {
        var document = await GetJsonAsync(Author, $"/api/v1/admin/documents/{id}");
        return document.GetProperty("cultures").EnumerateArray().Single(c => c.GetProperty("culture").GetString() == culture);
    }

    /// <summary>Runs code against the site's own database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<ClaroDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClaroDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsDatabase)
        {
            _postgres!.Drop();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Problem details as the API writes them.</summary>
public sealed record Problem(string? Title, string? Detail, int? Status);
