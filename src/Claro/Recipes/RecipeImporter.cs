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
/// one transaction: a bad recipe leaves the database as it was. Into an empty database the
/// recipe is restored as it was; into a site with content nothing goes public, and every page
/// waits for a second person's review (<see cref="ImportMode"/>).
/// </summary>
public sealed class RecipeImporter(
    ClaroDbContext db, TimeProvider clock, IOptions<ClaroOptions> options, IEnumerable<IPublicationListener> listeners, IEnumerable<IApprovalListener> approvalListeners)
{
    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public async Task<ImportReport> ImportFileAsync(string path, Actor importer, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        return await ImportAsync(stream, Path.GetFileName(path), importer, ct);
    }

    /// <param name="importer">
    /// Who imports: on a site with content, the author of every imported version, who therefore cannot approve
    /// them; on an empty one, who the <c>Restored</c> events name.
    /// </param>
    public async Task<ImportReport> ImportAsync(Stream json, string fileName, Actor importer, CancellationToken ct = default)
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
            var mode = await db.Documents.AnyAsync(ct) ? ImportMode.Review : ImportMode.Restore;
            var recipe = new RecipeReader(fileName, options.Value, mode, importer.Email).Read(parsed.RootElement);
            await CheckAgainstDatabaseAsync(recipe, fileName, ct);
            return await WriteAsync(recipe, fileName, importer, mode, ct);
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

        var documentIds = recipe.Documents.Select(d => d.Document.Id).ToList();
        var existingDocument = await db.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => d.Id).FirstOrDefaultAsync(ct);
        if (existingDocument is not null)
        {
            var item = recipe.Documents.First(d => d.Document.Id == existingDocument).Items[0];
            throw new RecipeException(fileName, item.JsonPath + ".LocalizationPart.LocalizationSet",
                $"document '{existingDocument}' is already on this site; a recipe brings new documents only, and its pages cannot join an existing one.");
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

        foreach (var link in recipe.ShortLinks.Where(l => !documentIds.Contains(l.Link.DocumentId)))
        {
            if (!await db.Documents.AnyAsync(d => d.Id == link.Link.DocumentId, ct))
            {
                throw new RecipeException(fileName, link.JsonPath + ".LocalizationSet", $"no document '{link.Link.DocumentId}' is in the recipe or on this site.");
            }
        }
    }

    private async Task<ImportReport> WriteAsync(RecipeContent recipe, string fileName, Actor importer, ImportMode mode, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
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
        var items = recipe.Documents.SelectMany(d => d.Items).ToList();
        foreach (var item in items)
        {
            item.Item.PublishedVersionId = item.PublishedVersionId;
        }

        var audit = mode == ImportMode.Restore
            ? recipe.AuditEvents.Concat(recipe.Documents.Select(d => AuditEvent.For(d.Document.Id, importer, AuditActions.Restored, now,
                comment: $"Restored from the recipe {recipe.Name} ({fileName}) into an empty site, with its states and history."))).ToList()
            : items.SelectMany(i => i.Item.Versions.Select(v => AuditEvent.For(i.Item.DocumentId, importer, AuditActions.Imported, now, i.Culture, v.Number,
                null, v.State, $"Imported from the recipe {recipe.Name} ({fileName}); a second person must review it before it is published."))).ToList();
        db.AuditEvents.AddRange(audit);
        db.ShortLinks.AddRange(recipe.ShortLinks.Select(l => l.Link));
        // Versions that arrive approved or published were approved where they came from: the translation memory learns them as if here.
        foreach (var (document, version) in recipe.Documents.SelectMany(d => d.Items.SelectMany(i => i.Item.Versions.Select(v => (d.Document, v))))
            .Where(p => p.v.State is VersionState.Approved or VersionState.Published).ToList())
        {
            foreach (var listener in approvalListeners)
            {
                await listener.VersionApprovedAsync(document, version, importer, now, ct);
            }
        }

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

        return new ImportReport(mode, recipe.Documents.Select(d => d.Document.Id).ToList(), recipe.Documents.Count, items.Count,
            items.Sum(i => i.Item.Versions.Count), recipe.ShortLinks.Count, audit.Count, recipe.Skipped);
    }
}
