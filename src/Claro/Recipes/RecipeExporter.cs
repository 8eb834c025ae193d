using Claro.Links;
using System.Globalization;
using System.Text.Json;
using Claro.Content;
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
/// Writes the site as an Orchard Core recipe. A full backup imported into an empty database gives
/// the same site back; the Orchard Core kind is what an Orchard Core site can import as it is.
/// </summary>
public sealed class RecipeExporter(ClaroDbContext db, IOptions<ClaroOptions> options, TimeProvider clock, ShortLinkHitCounter hits)
{
    public const string ContentType = "PolicyExplainer";

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

        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("name", kind == ExportKind.FullBackup ? "ClaroBackup" : "ClaroPolicyExplainers");
        json.WriteString("displayName", kind == ExportKind.FullBackup ? "Claro backup" : "Policy explainers from Claro");
        json.WriteString("description", $"Exported from Claro on {clock.GetUtcNow():yyyy-MM-dd HH:mm} UTC.");
        json.WriteString("author", "Claro");
        json.WriteString("website", options.Value.PublicBaseUrl ?? "");
        json.WriteString("version", "1.0.0");
        json.WriteBoolean("issetuprecipe", false);
        json.WriteStartArray("categories");
        json.WriteEndArray();
        json.WriteStartArray("tags");
        json.WriteEndArray();
        json.WriteStartObject("variables");
        json.WriteEndObject();
        json.WriteStartArray("steps");
        WriteFeatureStep(json);
        WriteSettingsStep(json);
        WriteContentDefinitionStep(json);
        WriteContentStep(json, documents, kind);
        if (kind == ExportKind.FullBackup)
        {
            WriteDocumentsStep(json, documents);
            WriteShortLinksStep(json, links);
            WriteAuditStep(json, audit, documents);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteFeatureStep(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("name", "feature");
        json.WriteStartArray("enable");
        foreach (var feature in (string[])["OrchardCore.Contents", "OrchardCore.ContentTypes", "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Markdown",
            "OrchardCore.Html", "OrchardCore.Localization", "OrchardCore.ContentLocalization"])
        {
            json.WriteStringValue(feature);
        }

        json.WriteEndArray();
        json.WriteStartArray("disable");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private void WriteSettingsStep(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("name", "settings");
        json.WriteStartObject("LocalizationSettings");
        json.WriteString("DefaultCulture", options.Value.DefaultCulture);
        json.WriteStartArray("SupportedCultures");
        foreach (var culture in options.Value.Cultures)
        {
            json.WriteStringValue(culture);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteContentDefinitionStep(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("name", "ContentDefinition");
        json.WriteStartArray("ContentTypes");
        json.WriteStartObject();
        json.WriteString("Name", ContentType);
        json.WriteString("DisplayName", "Policy explainer");
        json.WriteStartObject("Settings");
        json.WriteStartObject("ContentTypeSettings");
        json.WriteBoolean("Creatable", true);
        json.WriteBoolean("Listable", true);
        json.WriteBoolean("Draftable", true);
        json.WriteBoolean("Versionable", true);
        json.WriteBoolean("Securable", true);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("ContentTypePartDefinitionRecords");
        var position = 0;
        foreach (var part in (string[])["TitlePart", "AutoroutePart", "LocalizationPart", "MarkdownBodyPart"])
        {
            json.WriteStartObject();
            json.WriteString("PartName", part);
            json.WriteString("Name", part);
            json.WriteStartObject("Settings");
            json.WriteStartObject("ContentTypePartSettings");
            json.WriteString("Position", (position++).ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            if (part == "AutoroutePart")
            {
                json.WriteStartObject("AutoroutePartSettings");
                json.WriteString("Pattern", "{{ ContentItem.Content.LocalizationPart.Culture }}/{{ ContentItem | display_text | slugify }}");
                json.WriteBoolean("AllowCustomPath", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("ContentParts");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteContentStep(Utf8JsonWriter json, List<Document> documents, ExportKind kind)
    {
        json.WriteStartObject();
        json.WriteString("name", "content");
        json.WriteStartArray("data");
        foreach (var document in documents.Where(d => kind == ExportKind.FullBackup || !d.IsWithdrawn))
        {
            foreach (var item in document.Items.OrderBy(i => i.Culture, StringComparer.Ordinal))
            {
                var versions = kind == ExportKind.FullBackup
                    ? item.Versions.OrderBy(v => v.Number).ToList()
                    : item.Versions.Where(v => v.Id == item.PublishedVersionId).ToList();
                var created = item.Versions.Min(v => v.CreatedUtc);
                foreach (var version in versions)
                {
                    var latest = kind == ExportKind.OrchardCore || version.Number == item.LatestVersionNumber;
                    WriteItem(json, item, version, version.Id == item.PublishedVersionId, latest, created, kind);
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, Item item, ContentVersion version, bool published, bool latest, DateTime created, ExportKind kind)
    {
        json.WriteStartObject();
        json.WriteString("ContentItemId", item.Id);
        json.WriteString("ContentItemVersionId", version.Id);
        json.WriteString("ContentType", ContentType);
        json.WriteString("DisplayText", version.Title);
        json.WriteBoolean("Latest", latest);
        json.WriteBoolean("Published", published);
        json.WriteString("ModifiedUtc", Iso(version.CreatedUtc));
        if (version.PublishedUtc is { } publishedUtc)
        {
            json.WriteString("PublishedUtc", Iso(publishedUtc));
        }
        else
        {
            json.WriteNull("PublishedUtc");
        }

        json.WriteString("CreatedUtc", Iso(created));
        json.WriteString("Owner", version.Author);
        json.WriteString("Author", version.Author);
        json.WriteStartObject("TitlePart");
        json.WriteString("Title", version.Title);
        json.WriteEndObject();
        json.WriteStartObject("AutoroutePart");
        json.WriteString("Path", $"{item.Culture}/{version.Slug}");
        json.WriteBoolean("SetHomepage", false);
        json.WriteBoolean("Disabled", false);
        json.WriteBoolean("RouteContainedItems", false);
        json.WriteBoolean("Absolute", false);
        json.WriteEndObject();
        json.WriteStartObject("LocalizationPart");
        json.WriteString("LocalizationSet", item.DocumentId);
        json.WriteString("Culture", item.Culture);
        json.WriteEndObject();
        if (version.Markdown.Length == 0 && version.Html.Length > 0)
        {
            json.WriteStartObject("HtmlBodyPart");
            json.WriteString("Html", version.Html);
        }
        else
        {
            json.WriteStartObject("MarkdownBodyPart");
            json.WriteString("Markdown", version.Markdown);
        }

        json.WriteEndObject();
        if (kind == ExportKind.FullBackup)
        {
            json.WriteStartObject(RecipeReader.ClaroVersionPart);
            json.WriteNumber("Number", version.Number);
            json.WriteString("Summary", version.Summary);
            json.WriteString("ChangeNote", version.ChangeNote);
            json.WriteString("State", version.State.ToString());
            WriteNullableNumber(json, "SourceVersion", version.SourceVersion);
            WriteNullableString(json, "ReviewComment", version.ReviewComment);
            WriteNullableString(json, "ScheduledPublishUtc", version.ScheduledPublishUtc is { } at ? Iso(at) : null);
            WriteNullableString(json, "OrchardPath", item.OrchardPath);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteDocumentsStep(Utf8JsonWriter json, List<Document> documents)
    {
        json.WriteStartObject();
        json.WriteString("name", RecipeReader.ClaroDocumentsStep);
        json.WriteStartArray("data");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("LocalizationSet", document.Id);
            json.WriteString("SourceCulture", document.SourceCulture);
            json.WriteString("CreatedUtc", Iso(document.CreatedUtc));
            WriteNullableString(json, "WithdrawnUtc", document.WithdrawnUtc is { } at ? Iso(at) : null);
            WriteNullableString(json, "WithdrawnReason", document.WithdrawnReason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteShortLinksStep(Utf8JsonWriter json, List<Links.ShortLink> links)
    {
        json.WriteStartObject();
        json.WriteString("name", RecipeReader.ClaroShortLinksStep);
        json.WriteStartArray("data");
        foreach (var link in links)
        {
            json.WriteStartObject();
            json.WriteString("Code", link.Code);
            json.WriteString("LocalizationSet", link.DocumentId);
            json.WriteString("Culture", link.Culture);
            json.WriteString("CreatedUtc", Iso(link.CreatedUtc));
            json.WriteString("CreatedBy", link.CreatedBy);
            json.WriteStartArray("Hits");
            foreach (var hit in link.Hits.OrderBy(h => h.Day))
            {
                json.WriteStartObject();
                json.WriteString("Date", hit.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("Count", hit.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAuditStep(Utf8JsonWriter json, List<AuditEvent> audit, List<Document> documents)
    {
        json.WriteStartObject();
        json.WriteString("name", RecipeReader.ClaroAuditTrailStep);
        json.WriteStartArray("data");
        foreach (var entry in audit)
        {
            json.WriteStartObject();
            json.WriteString("LocalizationSet", entry.DocumentId);
            json.WriteString("At", Iso(entry.At));
            json.WriteString("Actor", entry.Actor);
            json.WriteString("Action", entry.Action);
            WriteNullableString(json, "Culture", entry.Culture);
            WriteNullableNumber(json, "Version", entry.Version);
            WriteNullableString(json, "FromState", entry.FromState?.ToString());
            WriteNullableString(json, "ToState", entry.ToState?.ToString());
            WriteNullableString(json, "Comment", entry.Comment);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static void WriteNullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value.Value);
        }
    }
}
