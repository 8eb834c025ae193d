using System.Globalization;
using System.Text.Json;
using Claro.Content;
using Claro.Links;
using Claro.Staff;
using Claro.Storage;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Recipes;

/// <summary>
/// Imports an Orchard Core recipe: Claro's own sample content and backups, or what an Orchard
/// Core site exported. Everything is checked before anything is written, and the writing is
/// one transaction: a bad recipe leaves the database as it was.
/// </summary>
public sealed class RecipeImporter(ClaroDbContext db, TimeProvider clock, IOptions<ClaroOptions> options, IEnumerable<IPublicationListener> listeners)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public async Task<ImportReport> ImportFileAsync(string path, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        return await ImportAsync(stream, Path.GetFileName(path), ct);
    }

    public async Task<ImportReport> ImportAsync(Stream json, string fileName, CancellationToken ct = default)
    {
        JsonDocument parsed;
        try
        {
            parsed = await JsonDocument.ParseAsync(json, JsonOptions, ct);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].Split(" Path:")[0];
            throw new RecipeException(fileName, $"line {(e.LineNumber ?? 0) + 1}", $"the file is not valid JSON ({reason.TrimEnd('.')}).");
        }

        using (parsed)
        {
            var recipe = new RecipeReader(fileName, options.Value).Read(parsed.RootElement);
            await CheckAgainstDatabaseAsync(recipe, fileName, ct);
            return await WriteAsync(recipe, fileName, ct);
        }
    }

    private async Task CheckAgainstDatabaseAsync(RecipeContent recipe, string fileName, CancellationToken ct)
    {
        var itemIds = recipe.Documents.SelectMany(d => d.Items).Select(i => i.Id).ToList();
        var existingItem = await db.Items.Where(i => itemIds.Contains(i.Id)).Select(i => i.Id).FirstOrDefaultAsync(ct);
        if (existingItem is not null)
        {
            var item = recipe.Documents.SelectMany(d => d.Items).First(i => i.Id == existingItem);
            throw new RecipeException(fileName, item.JsonPath + ".ContentItemId", $"content item '{existingItem}' is already on this site.");
        }

        foreach (var item in recipe.Documents.SelectMany(d => d.Items))
        {
            if (await db.Items.AnyAsync(i => i.Culture == item.Culture && i.Slug == item.Slug, ct))
            {
                throw new RecipeException(fileName, item.PathJsonPath,
                    $"the path '{item.Culture}/{item.Slug}' is already used by a page on this site.");
            }
        }

        var codes = recipe.ShortLinks.Select(l => l.Link.Code).ToList();
        var takenCode = await db.ShortLinks.Where(l => codes.Contains(l.Code)).Select(l => l.Code).FirstOrDefaultAsync(ct);
        if (takenCode is not null)
        {
            var link = recipe.ShortLinks.First(l => l.Link.Code == takenCode);
            throw new RecipeException(fileName, link.JsonPath + ".Code", $"the short link '{takenCode}' is already on this site.");
        }

        var documentIds = recipe.Documents.Select(d => d.Document.Id).ToHashSet();
        foreach (var link in recipe.ShortLinks.Where(l => !documentIds.Contains(l.Link.DocumentId)))
        {
            if (!await db.Documents.AnyAsync(d => d.Id == link.Link.DocumentId, ct))
            {
                throw new RecipeException(fileName, link.JsonPath + ".LocalizationSet", $"no document '{link.Link.DocumentId}' is in the recipe or on this site.");
            }
        }
    }

    private async Task<ImportReport> WriteAsync(RecipeContent recipe, string fileName, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var importer = Actor.System($"recipe:{fileName}");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var parsed in recipe.Documents)
        {
            db.Documents.Add(parsed.Document);
            foreach (var item in parsed.Items)
            {
                parsed.Document.Items.Add(item.Item);
                db.Items.Add(item.Item);
                db.Versions.AddRange(item.Item.Versions);
            }
        }

        // The published pointer refers to a version saved in the same batch; setting it after the first save keeps the insert order simple.
        await db.SaveChangesAsync(ct);
        foreach (var item in recipe.Documents.SelectMany(d => d.Items))
        {
            item.Item.PublishedVersionId = item.PublishedVersionId;
            if (recipe.AuditEvents.Count == 0)
            {
                db.AuditEvents.Add(EditorialService.Audit(item.Item.DocumentId, importer, AuditActions.Imported, now, item.Culture,
                    item.Item.LatestVersionNumber, null, item.Item.Latest?.State, $"Imported from the recipe {recipe.Name} ({fileName})."));
            }
        }

        db.AuditEvents.AddRange(recipe.AuditEvents);
        db.ShortLinks.AddRange(recipe.ShortLinks.Select(l => l.Link));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        foreach (var document in recipe.Documents)
        {
            foreach (var listener in listeners)
            {
                await listener.DocumentChangedAsync(document.Document.Id, ct);
            }
        }

        var items = recipe.Documents.SelectMany(d => d.Items).ToList();
        return new ImportReport(recipe.Documents.Select(d => d.Document.Id).ToList(), recipe.Documents.Count, items.Count, items.Sum(i => i.Item.Versions.Count), recipe.ShortLinks.Count,
            recipe.AuditEvents.Count == 0 ? items.Count : recipe.AuditEvents.Count, recipe.Skipped);
    }
}
