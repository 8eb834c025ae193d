using Claro.Recipes;
using Claro.Staff;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Claro.Workflow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin;

/// <summary>
/// <c>/admin/transfers</c>: an administrator downloads a backup (or an Orchard Core export) and uploads a
/// recipe, with the same checks and messages as the <c>export</c> and <c>import</c> commands. On a site with
/// content the imported pages wait in review, written by the administrator, for a second person to approve.
/// </summary>
[RequestSizeLimit(RequestLimits.RecipeUploadBytes)]
internal sealed class TransfersModel(RecipeExporter exporter, RecipeImporter importer, ClaroDbContext db, TimeProvider clock, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal ImportReport? Report { get; private set; }

    /// <summary>When a recipe is refused because nothing in it could be imported: what it held, and why each was passed over.</summary>
    internal IReadOnlyList<string> RefusedSkipped { get; private set; } = [];

    /// <summary>A SQLite site also offers its database file, copied consistently while it runs.</summary>
    internal bool OffersDatabaseFile => db.Database.IsSqlite();

    public IActionResult OnGet()
    {
        Title = text["Backup and import"];
        return Actor.MayTransferContent() ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostDownloadAsync(ExportKind kind, CancellationToken ct)
    {
        if (!Actor.MayTransferContent())
        {
            return Forbid();
        }

        var output = new MemoryStream();
        await exporter.ExportAsync(output, kind, ct);
        output.Position = 0;
        var name = kind == ExportKind.FullBackup ? "claro-backup" : "claro-orchard-core";
        return File(output, "application/json", $"{name}-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.recipe.json");
    }

    public async Task<IActionResult> OnPostDatabaseAsync(CancellationToken ct)
    {
        if (!Actor.MayTransferContent())
        {
            return Forbid();
        }

        if (!OffersDatabaseFile)
        {
            return NotFound();
        }

        var file = Path.Combine(Path.GetTempPath(), $"claro-backup-{Guid.NewGuid():N}.db");
        await SqliteBackup.WriteAsync(db, file, ct);
        // The temporary copy goes away once it is sent (or the download is abandoned).
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return File(stream, "application/vnd.sqlite3", $"claro-{clock.GetUtcNow():yyyy-MM-dd-HHmm}.db");
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? recipe, CancellationToken ct)
    {
        Title = text["Backup and import"];
        if (!Actor.MayTransferContent())
        {
            return Forbid();
        }

        if (recipe is null || recipe.Length == 0)
        {
            return Refused(Refusal.Invalid(text["Choose a recipe file to import."]));
        }

        if (recipe.Length > RequestLimits.RecipeBytes)
        {
            return Refused(Refusal.Invalid(text["The file is larger than {0} MB.", RequestLimits.RecipeMegabytes]));
        }

        try
        {
            await using var stream = recipe.OpenReadStream();
            Report = await importer.ImportAsync(stream, Path.GetFileName(recipe.FileName), Actor, ct);
            return Page();
        }
        catch (RecipeException e)
        {
            RefusedSkipped = e.Skipped;
            return Refused(Refusal.Invalid(text["Nothing was imported. {0}, at {1}: {2}", e.FileName, e.JsonPath, e.Reason]));
        }
    }
}
