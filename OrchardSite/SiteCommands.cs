using Claro.Reading;
using Claro.Recipes;
using Claro.Site.Staff;
using Claro.Site.Storage;
using Claro.Staff;
using Claro.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Claro.Site;

/// <summary>
/// Commands run instead of the web server: <c>create-admin --email E</c> (password on standard input),
/// <c>export [--orchard-core] FILE</c>, <c>import FILE [--as EMAIL]</c>, <c>backup --out FILE</c>. Each prints what it did and sets the exit code.
/// </summary>
internal static class SiteCommands
{
    /// <summary>
    /// <c>healthcheck URL</c>: the container's HEALTHCHECK, since the runtime image has no curl.
    /// Runs before the site is built, so it costs one request.
    /// </summary>
    public static async Task<bool> TryProbeHealthAsync(string[] args)
    {
        if (args is not ["healthcheck", var url])
        {
            return false;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            Environment.ExitCode = response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException)
        {
            Environment.ExitCode = 1;
        }
        catch (TaskCanceledException)
        {
            Environment.ExitCode = 1;
        }

        return true;
    }

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));
        if (command is not ("create-admin" or "import" or "export" or "backup"))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var rest = args.SkipWhile(a => a != command).Skip(1).ToArray();
        Environment.ExitCode = command switch
        {
            "create-admin" => await CreateAdminAsync(services, rest),
            "export" => await ExportAsync(services, rest),
            "backup" => await BackupAsync(services, rest),
            _ => await ImportAsync(services, rest),
        };
        return true;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var index = Array.IndexOf(args, "--email");
        if (index < 0 || index + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project OrchardSite -- create-admin --email you@example.org  (the password is read from standard input)");
            return 2;
        }

        var email = args[index + 1];
        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("Type the password on standard input, for example: echo 'a long passphrase' | dotnet run --project OrchardSite -- create-admin --email you@example.org");
            return 2;
        }

        var db = services.GetRequiredService<ClaroDbContext>();
        await using (await db.TakePreparationTurnAsync())
        {
            await db.Database.MigrateAsync();
            await DemoAccounts.EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        }

        var result = await services.GetRequiredService<UserManager<StaffMember>>().CreateStaffAsync(email, password, Roles.All);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"Could not create {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        Console.WriteLine($"Created the administrator {email} with every role.");
        return 0;
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string[] args)
    {
        var kind = args.Contains("--orchard-core") ? ExportKind.OrchardCore : ExportKind.FullBackup;
        var file = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project OrchardSite -- export [--orchard-core] FILE");
            return 2;
        }

        var db = services.GetRequiredService<ClaroDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await Console.Error.WriteLineAsync("The database is missing or older than this version of Claro; start the site once, then export.");
            return 1;
        }

        var temporary = file + ".partial";
        await using (var output = File.Create(temporary))
        {
            await services.GetRequiredService<RecipeExporter>().ExportAsync(output, kind);
        }

        File.Move(temporary, file, overwrite: true);
        Console.WriteLine(kind == ExportKind.FullBackup
            ? $"Wrote a full backup to {file}: every version, audit event and short link."
            : $"Wrote the published pages to {file} as a recipe an Orchard Core site can import.");
        return 0;
    }

    /// <summary>A consistent copy of the SQLite database while the site keeps running (see <see cref="SqliteBackup"/>).</summary>
    private static async Task<int> BackupAsync(IServiceProvider services, string[] args)
    {
        var index = Array.IndexOf(args, "--out");
        if (index < 0 || index + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project OrchardSite -- backup --out FILE  (a SQLite database file; the site may keep running)");
            return 2;
        }

        var db = services.GetRequiredService<ClaroDbContext>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync("This site runs on PostgreSQL: back it up with pg_dump --format=custom (the README says how to restore it).");
            return 2;
        }

        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await Console.Error.WriteLineAsync("The database is missing or older than this version of Claro; start the site once, then back it up.");
            return 1;
        }

        var file = Path.GetFullPath(args[index + 1]);
        await SqliteBackup.WriteAsync(db, file);
        Console.WriteLine($"Wrote a consistent copy of the database to {file}. To restore it, stop the site and put it in place of the database file (see the README).");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string[] args)
    {
        var asAt = Array.IndexOf(args, "--as");
        var email = asAt >= 0 && asAt + 1 < args.Length ? args[asAt + 1] : null;
        var file = args.Where((arg, i) => !arg.StartsWith("--", StringComparison.Ordinal) && (asAt < 0 || i != asAt + 1)).FirstOrDefault();
        if (file is null || (asAt >= 0 && email is null))
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run --project OrchardSite -- import FILE [--as EMAIL]");
            return 2;
        }

        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No file at {file}.");
            return 2;
        }

        var db = services.GetRequiredService<ClaroDbContext>();
        await using (await db.TakePreparationTurnAsync())
        {
            await db.Database.MigrateAsync();
        }

        Actor importer;
        if (email is not null)
        {
            var users = services.GetRequiredService<UserManager<StaffMember>>();
            if (await users.FindByEmailAsync(email) is not { } member)
            {
                await Console.Error.WriteLineAsync($"No staff account has the email {email}. Name an existing account with --as, or create one first with create-admin.");
                return 2;
            }

            importer = new Actor(member.Email!, (await users.GetRolesAsync(member)).ToHashSet(StringComparer.Ordinal));
        }
        else if (await db.Documents.AnyAsync())
        {
            await Console.Error.WriteLineAsync(
                "The database already has content, so nothing imported goes public: every page waits for review, written by whoever imports it. " +
                "Name that person with --as EMAIL (an existing staff account); a second person must then approve each page.");
            return 2;
        }
        else
        {
            importer = Actor.System($"command line ({Environment.UserName})");
        }

        try
        {
            await services.GetRequiredService<ISearchIndex>().FillWhenEmptyAsync();
            var report = await services.GetRequiredService<RecipeImporter>().ImportFileAsync(file, importer);
            Console.WriteLine($"Imported {report.Documents} documents, {report.Items} pages, {report.Versions} versions, {report.ShortLinks} short links, {report.AuditEvents} audit events.");
            Console.WriteLine(report.Mode == ImportMode.Restore
                ? "The database was empty: the recipe is restored as it was, with its states and history."
                : $"Nothing is published: every imported page waits for review, written by {importer.Email}; a second person must approve it.");
            foreach (var skipped in report.Skipped)
            {
                Console.WriteLine($"Skipped: {skipped}");
            }

            return 0;
        }
        catch (RecipeException e)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported. {e.Message}");
            foreach (var skipped in e.Skipped)
            {
                await Console.Error.WriteLineAsync($"Skipped: {skipped}");
            }

            return 1;
        }
    }
}
