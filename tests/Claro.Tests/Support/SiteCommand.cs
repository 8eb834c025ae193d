using System.Diagnostics;

namespace Claro.Tests.Support;

/// <summary>Runs the site's program as an operator would, in its own process, in Production.</summary>
public static class SiteCommand
{
    public static Task<(int ExitCode, string Output)> RunAsync(string database, params string[] args) => RunWithInputAsync(database, null, args);

    /// <summary>The same, with a line typed on standard input (a password, say).</summary>
    public static async Task<(int ExitCode, string Output)> RunWithInputAsync(string database, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "OrchardSite.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Claro"] = $"Data Source={database}";
        start.Environment["Claro__Database"] = "Sqlite";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteLineAsync(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
