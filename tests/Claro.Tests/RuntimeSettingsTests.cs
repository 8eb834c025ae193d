using System.Text.Json;

namespace Claro.Tests;

/// <summary>
/// The runtime settings the site is built with (<c>OrchardSite/StartUp.props</c>) that readers depend on. With idle
/// thread-pool workers spinning, two nodes sharing PostgreSQL on two cores stalled for seconds while the team
/// published, once answering readers nothing for over 5 s (bench/RESULTS.md, "2026-12-02, 16:05 UTC").
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement SiteSettings()
    {
        using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "OrchardSite.runtimeconfig.json"));
        return JsonDocument.Parse(file).RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Idle_thread_pool_workers_sleep_instead_of_spinning()
    {
        Assert.Equal(0, SiteSettings().GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
    }
}
