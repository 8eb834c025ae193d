using System.Globalization;
using System.Text.Json;
using Claro.Content;
using Claro.Links;
using Claro.Recipes.Format;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Recipes;

/// <summary>Which recipe an export writes.</summary>
public enum ExportKind
{
    /// <summary>Everything: every version, review states, audit events, short links and their counts.</summary>
    FullBackup,

    /// <summary>Only what an Orchard Core site imports: published versions with standard steps and parts.</summary>
    OrchardCore,
}

/// <summary>
/// Writes the site as an Orchard Core recipe, built of the records <see cref="RecipeReader"/> reads. A full backup
/// imported into an empty database gives the same site back; the Orchard Core kind is what an Orchard Core site can
/// import as it is.
/// </summary>
public sealed class RecipeExporter(ClaroDbContext db, IOptions<ClaroOptions> options, TimeProvider clock, ShortLinkHitCounter hits)
{
    public const string ContentType = "PolicyExplainer";

    private static RecipeJson Json => RecipeJson.Format;

    /// <summary>Writes the recipe to a stream. The reads share one transaction, so a running site is exported as one consistent moment.</summary>
    public async Task ExportAsync(Stream output, ExportKind kind, CancellationToken ct = default)
    {
        await hits.FlushAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var documents = await db.Documents.AsNoTracking().WithVersions()
            .OrderBy(d => d.CreatedUtc).ThenBy(d => d.Id).ToListAsync(ct);
        var links = kind == ExportKind.FullBackup ? await db.ShortLinks.AsNoTracking().Include(l => l.Hits).OrderBy(l => l.Code).ToListAsync(ct) : [];
        var audit = kind == ExportKind.FullBackup ? await db.AuditEvents.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct) : [];
        await transaction.CommitAsync(ct);

        var steps = new List<JsonElement>
        {
            JsonSerializer.SerializeToElement(FeatureStep(), Json.FeatureStep),
            JsonSerializer.SerializeToElement(SettingsStep(), Json.SettingsStep),
            JsonSerializer.SerializeToElement(ContentDefinitionStep(), Json.ContentDefinitionStep),
            JsonSerializer.SerializeToElement(ContentStep(documents, kind), Json.DataStepContentItem),
        };
        if (kind == ExportKind.FullBackup)
        {
            steps.Add(JsonSerializer.SerializeToElement(DocumentsStep(documents), Json.DataStepClaroDocument));
            steps.Add(JsonSerializer.SerializeToElement(ShortLinksStep(links), Json.DataStepClaroShortLink));
            steps.Add(JsonSerializer.SerializeToElement(AuditStep(audit), Json.DataStepClaroAuditEvent));
        }

        var recipe = new Recipe
        {
            Name = kind == ExportKind.FullBackup ? "ClaroBackup" : "ClaroPolicyExplainers",
            DisplayName = kind == ExportKind.FullBackup ? "Claro backup" : "Policy explainers from Claro",
            Description = $"Exported from Claro on {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC.",
            Author = "Claro",
            Website = options.Value.PublicBaseUrl ?? "",
            Version = "1.0.0",
            IsSetupRecipe = false,
            Categories = [],
            Tags = [],
            Variables = new Dictionary<string, JsonElement>(),
            Steps = steps,
        };
        await JsonSerializer.SerializeAsync(output, recipe, Json.Recipe, ct);
    }

    private static FeatureStep FeatureStep() => new()
    {
        Name = RecipeSteps.Feature,
        Enable = ["OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Markdown",
            "OrchardCore.Html", "OrchardCore.Localization", "OrchardCore.ContentLocalization"],
    };

    private SettingsStep SettingsStep() => new()
    {
        Name = RecipeSteps.Settings,
        LocalizationSettings = new LocalizationSettings { DefaultCulture = options.Value.DefaultCulture, SupportedCultures = options.Value.Cultures },
    };

    private static ContentDefinitionStep ContentDefinitionStep()
    {
        string[] parts = [nameof(ContentItem.TitlePart), nameof(ContentItem.AutoroutePart), nameof(ContentItem.LocalizationPart), nameof(ContentItem.MarkdownBodyPart)];
        var type = new ContentTypeDefinition(ContentType, "Policy explainer",
            new ContentTypeDefinitionSettings(new ContentTypeSettings(Creatable: true, Listable: true, Draftable: true, Versionable: true, Securable: true)),
            parts.Select((part, position) => new ContentTypePartDefinition(part, part, new ContentTypePartDefinitionSettings(
                new ContentTypePartSettings(position.ToString(CultureInfo.InvariantCulture)),
                part == nameof(ContentItem.AutoroutePart)
                    ? new AutoroutePartSettings("{{ ContentItem.Content.LocalizationPart.Culture }}/{{ ContentItem | display_text | slugify }}", AllowCustomPath: true)
                    : null))).ToList());
        return new ContentDefinitionStep { Name = RecipeSteps.ContentDefinition, ContentTypes = [type] };
    }

    private static DataStep<ContentItem> ContentStep(List<Document> documents, ExportKind kind)
    {
        var entries = new List<ContentItem?>();
        foreach (var document in documents.Where(d => kind == ExportKind.FullBackup || !d.IsWithdrawn))
        {
            foreach (var item in document.Items.OrderBy(i => i.Culture, StringComparer.Ordinal))
            {
                var versions = kind == ExportKind.FullBackup
                    ? item.Versions.OrderBy(v => v.Number).ToList()
                    : item.Versions.Where(v => v.Id == item.PublishedVersionId).ToList();
                var created = item.Versions.Min(v => v.CreatedUtc);
                entries.AddRange(versions.Select(version => Entry(item, version, created, kind)));
            }
        }

        return new DataStep<ContentItem> { Name = RecipeSteps.Content, Data = entries };
    }

    private static ContentItem Entry(Item item, ContentVersion version, DateTime created, ExportKind kind) => new()
    {
        ContentItemId = item.Id,
        ContentItemVersionId = version.Id,
        ContentType = ContentType,
        DisplayText = version.Title,
        Latest = kind == ExportKind.OrchardCore || version.Number == item.LatestVersionNumber,
        Published = version.Id == item.PublishedVersionId,
        ModifiedUtc = version.CreatedUtc,
        PublishedUtc = version.PublishedUtc,
        CreatedUtc = created,
        Owner = version.Author,
        Author = version.Author,
        TitlePart = new TitlePart(version.Title),
        AutoroutePart = new AutoroutePart($"{item.Culture}/{version.Slug}"),
        LocalizationPart = new LocalizationPart(item.DocumentId, item.Culture),
        MarkdownBodyPart = version.Markdown.Length == 0 && version.Html.Length > 0 ? null : new MarkdownBodyPart(version.Markdown),
        HtmlBodyPart = version.Markdown.Length == 0 && version.Html.Length > 0 ? new HtmlBodyPart(version.Html) : null,
        ClaroVersionPart = kind == ExportKind.FullBackup
            ? new ClaroVersionPart
            {
                Number = version.Number,
                Summary = version.Summary,
                ChangeNote = version.ChangeNote,
                State = version.State.ToString(),
                SourceVersion = version.SourceVersion,
                ReviewComment = version.ReviewComment,
                ScheduledPublishUtc = version.ScheduledPublishUtc,
                OrchardPath = item.OrchardPath,
            }
            : null,
    };

    private static DataStep<ClaroDocument> DocumentsStep(List<Document> documents) => new()
    {
        Name = RecipeSteps.ClaroDocuments,
        Data = documents.ConvertAll(document => (ClaroDocument?)new ClaroDocument
        {
            LocalizationSet = document.Id,
            SourceCulture = document.SourceCulture,
            CreatedUtc = document.CreatedUtc,
            WithdrawnUtc = document.WithdrawnUtc,
            WithdrawnReason = document.WithdrawnReason,
            WithdrawAtUtc = document.WithdrawalScheduledUtc,
            WithdrawAtReason = document.WithdrawalScheduledReason,
            ReviewBy = document.ReviewBy,
            ReviewRemindedFor = document.ReviewRemindedFor,
        }),
    };

    private static DataStep<ClaroShortLink> ShortLinksStep(List<ShortLink> links) => new()
    {
        Name = RecipeSteps.ClaroShortLinks,
        Data = links.ConvertAll(link => (ClaroShortLink?)new ClaroShortLink
        {
            Code = link.Code,
            LocalizationSet = link.DocumentId,
            Culture = link.Culture,
            CreatedUtc = link.CreatedUtc,
            CreatedBy = link.CreatedBy,
            Hits = link.Hits.OrderBy(h => h.Day).Select(h => (ClaroShortLinkHit?)new ClaroShortLinkHit(h.Day, h.Count)).ToList(),
        }),
    };

    private static DataStep<ClaroAuditEvent> AuditStep(List<AuditEvent> audit) => new()
    {
        Name = RecipeSteps.ClaroAuditTrail,
        Data = audit.ConvertAll(entry => (ClaroAuditEvent?)new ClaroAuditEvent
        {
            LocalizationSet = entry.DocumentId,
            At = entry.At,
            Actor = entry.Actor,
            Action = entry.Action,
            Culture = entry.Culture,
            Version = entry.Version,
            FromState = entry.FromState?.ToString(),
            ToState = entry.ToState?.ToString(),
            Comment = entry.Comment,
        }),
    };
}
