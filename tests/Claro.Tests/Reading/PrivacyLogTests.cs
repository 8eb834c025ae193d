using Claro.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Claro.Tests.Reading;

/// <summary>Even with every log category at its most verbose, readers' requests leave no address or user agent behind.</summary>
[Trait("Category", "Database")]
public sealed class PrivacyLogTests : IDisposable
{
    private const string Agent = "ClaroPrivacyProbe/1.0 (reader's phone)";
    private const string Address = "203.0.113.77";
    private readonly VerboseApp _app = new();

    [Fact]
    public async Task Public_requests_log_no_address_and_no_user_agent()
    {
        var reader = _app.Reader();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        reader.DefaultRequestHeaders.Add("X-Forwarded-For", Address);

        foreach (var path in new[] { "/", "/es/", "/es/inmigracion", "/es/search?q=ice", "/s/inmigracion", "/es/no-existe", "/sitemap.xml" })
        {
            await reader.GetAsync(path);
        }

        Assert.Contains(_app.Lines, line => line.Contains("Request starting", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Lines, line => line.Contains("ClaroPrivacyProbe", StringComparison.Ordinal));
        Assert.DoesNotContain(_app.Lines, line => line.Contains(Address, StringComparison.Ordinal));
    }

    public void Dispose() => _app.Dispose();

    private sealed class VerboseApp : ClaroApp
    {
        private readonly LogCollector _log = new(LogLevel.Trace);

        public IEnumerable<string> Lines => _log.Lines;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Trace");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFilter(_ => true).AddProvider(_log));
        }
    }
}
