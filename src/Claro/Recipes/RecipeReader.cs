using System.Globalization;
using System.Text.Json;
using Claro.Content;
using Claro.Links;

namespace Claro.Recipes;

/// <summary>What a recipe holds, checked and turned into Claro's entities, not yet saved.</summary>
internal sealed record RecipeContent(
    string Name,
    IReadOnlyList<RecipeDocument> Documents,
    IReadOnlyList<RecipeShortLink> ShortLinks,
    IReadOnlyList<AuditEvent> AuditEvents,
    IReadOnlyList<string> Skipped);

internal sealed record RecipeDocument(Document Document, IReadOnlyList<RecipeItem> Items);

internal sealed record RecipeItem(Item Item, string? PublishedVersionId, string JsonPath, string PathJsonPath)
{
    public string Id => Item.Id;

    public string Culture => Item.Culture;

    public string Slug => Item.Slug;
}

internal sealed record RecipeShortLink(ShortLink Link, string JsonPath);

/// <summary>
/// Reads the steps of a recipe. Orchard Core's step names and header are matched without
/// regard to case; Claro's own data travels in steps whose names start with <c>Claro</c>.
/// A restore keeps the recipe's states, authors and audit trail; an import for review makes the
/// newest version of each page wait for review, written by <paramref name="importer"/>.
/// An item with a body becomes a page: joined to its translations by <c>LocalizationPart</c>, or, on a site in
/// one language (no <c>LocalizationPart</c>), a document of its own in the recipe's default culture.
/// </summary>
internal sealed class RecipeReader(string fileName, ClaroOptions options, ImportMode mode, string importer)
{
    public const string ClaroVersionPart = nameof(ClaroVersionPart);
    public const string ClaroDocumentsStep = "ClaroDocuments";
    public const string ClaroShortLinksStep = "ClaroShortLinks";
    public const string ClaroAuditTrailStep = "ClaroAuditTrail";

    private static readonly HashSet<string> KnownItemProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc", "PublishedUtc",
        "CreatedUtc", "Owner", "Author", "Id", "TitlePart", "AutoroutePart", "LocalizationPart", "MarkdownBodyPart", "HtmlBodyPart",
        ClaroVersionPart, ListPart, ContainedPart,
    };

    private const string ListPart = nameof(ListPart);
    private const string ContainedPart = nameof(ContainedPart);

    private static readonly string[] RequiredParts = ["TitlePart", "AutoroutePart"];

    private static readonly HashSet<string> StepsWithoutContent = new(StringComparer.OrdinalIgnoreCase) { "feature", "settings", "ContentDefinition" };

    private readonly List<string> _skipped = [];
    private readonly List<ParsedVersion> _versions = [];
    private readonly List<RecipeShortLink> _links = [];
    private readonly List<(AuditEvent Event, string JsonPath)> _audit = [];
    private readonly Dictionary<string, (string SourceCulture, DateTime? Created, DateTime? Withdrawn, string? Reason)> _documentData = [];

    // What Claro passes over in many items at once is told once, with how many items and where the first one is.
    private readonly OrderedDictionary<string, Passed> _passed = [];
    private readonly Dictionary<string, string> _ownSets = [];
    private readonly List<(string ItemId, string Title, string JsonPath)> _lists = [];
    private readonly Dictionary<string, HashSet<string>> _listed = [];
    private string? _defaultCulture;
    private string? _defaultCulturePath;
    private string? _firstContentPath;
    private int _contentItems;

    public RecipeContent Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("$", "a recipe is one JSON object with a 'steps' array.");
        }

        if (OrchardScript.FindFirst(root) is var (scriptPath, script))
        {
            throw Error(scriptPath, $"this is an Orchard Core setup recipe, not an export of a site's content: '{Shorten(script)}' is a script " +
                "that Orchard Core's recipe engine runs, and Claro runs none. Export the site's content instead (in Orchard Core: Deployment → Export, " +
                "without \"Export as setup recipe\") and import that file.");
        }

        if (!root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            throw Error("steps", "the recipe has no 'steps' array.");
        }

        var name = Property(root, "name") is { ValueKind: JsonValueKind.String } n ? n.GetString()! : Path.GetFileNameWithoutExtension(fileName);
        ReadDefaultCulture(steps);
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            ReadStep(step, $"steps[{index++}]");
        }

        var documents = BuildDocuments();
        _skipped.AddRange(_passed.Values.Select(p => p.Describe()));
        _skipped.AddRange(_lists.Select(l => $"{l.JsonPath}.{ListPart}: the list '{l.Title}' is imported as a page of its own, " +
            $"and the {Items(_listed.GetValueOrDefault(l.ItemId)?.Count ?? 0)} it holds as pages of their own, each at its Orchard path made one segment (blog/my-post becomes blog-my-post); " +
            "once a page is published, its Orchard address leads to it with a permanent redirect. The list's page does not list them."));
        if (documents.Count == 0 && _links.Count == 0)
        {
            throw _contentItems > 0
                ? new RecipeException(fileName, _firstContentPath!,
                    $"none of the recipe's {Items(_contentItems)} could be imported, so nothing was. Why each was passed over is listed.") { Skipped = _skipped }
                : new RecipeException(fileName, "steps", "the recipe holds no content items and no short links: there is nothing to import.") { Skipped = _skipped };
        }

        var documentIds = documents.Select(d => d.Document.Id).ToHashSet();
        // On a restore the database is empty, so a trail can only join a document of the recipe itself.
        var stray = _audit.Find(a => !documentIds.Contains(a.Event.DocumentId));
        if (stray.Event is not null)
        {
            throw Error(stray.JsonPath + ".LocalizationSet", $"the audit event belongs to document '{stray.Event.DocumentId}', which this recipe does not hold; an audit trail never joins another document's.");
        }

        return new RecipeContent(name, documents, _links, _audit.ConvertAll(a => a.Event), _skipped);
    }

    private void ReadStep(JsonElement step, string path)
    {
        if (step.ValueKind != JsonValueKind.Object || Property(step, "name") is not { ValueKind: JsonValueKind.String } nameElement)
        {
            throw Error(path + ".name", "every step needs a 'name'.");
        }

        var name = nameElement.GetString()!;
        if (StepsWithoutContent.Contains(name))
        {
            return;
        }
        else if (name.Equals("content", StringComparison.OrdinalIgnoreCase))
        {
            ForEach(step, path, ReadContentItem);
        }
        else if (name.Equals(ClaroShortLinksStep, StringComparison.OrdinalIgnoreCase))
        {
            ForEach(step, path, ReadShortLink);
        }
        else if (name.Equals(ClaroAuditTrailStep, StringComparison.OrdinalIgnoreCase) && mode == ImportMode.Review)
        {
            _skipped.Add($"{path}: the audit trail is kept only when a backup is restored into an empty site; here each imported page starts its own trail, in review.");
        }
        else if (name.Equals(ClaroAuditTrailStep, StringComparison.OrdinalIgnoreCase))
        {
            ForEach(step, path, ReadAuditEvent);
        }
        else if (name.Equals(ClaroDocumentsStep, StringComparison.OrdinalIgnoreCase))
        {
            ForEach(step, path, ReadDocumentData);
        }
        else
        {
            _skipped.Add($"{path}: step '{name}' is not one Claro imports; skipped.");
        }
    }

    /// <summary>
    /// The <c>settings</c> step's <c>LocalizationSettings.DefaultCulture</c>, the culture of a site in one language,
    /// read before any item so that the step may stand anywhere in the recipe; the last one wins, as in Orchard Core.
    /// </summary>
    private void ReadDefaultCulture(JsonElement steps)
    {
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            var path = $"steps[{index++}]";
            if (Property(step, "name") is { ValueKind: JsonValueKind.String } name && name.GetString()!.Equals("settings", StringComparison.OrdinalIgnoreCase)
                && Property(step, "LocalizationSettings") is { ValueKind: JsonValueKind.Object } settings
                && Property(settings, "DefaultCulture") is { ValueKind: JsonValueKind.String } culture && culture.GetString() is { Length: > 0 } text)
            {
                _defaultCulture = text;
                _defaultCulturePath = path + ".LocalizationSettings.DefaultCulture";
            }
        }
    }

    /// <summary>The culture of items without <c>LocalizationPart</c>: the recipe's default culture when it names one, else the site's.</summary>
    private string OneLanguageCulture() =>
        _defaultCulture is null
            ? options.DefaultCulture
            : options.SiteCultureFor(_defaultCulture) ?? throw Error(_defaultCulturePath!,
                $"the recipe's default culture '{_defaultCulture}', the language of its items without LocalizationPart, is not one of this site's languages " +
                $"({string.Join(", ", options.Cultures)}); add it to Claro:Cultures first.");

    private void ForEach(JsonElement step, string path, Action<JsonElement, string> read)
    {
        // Orchard Core writes "data" in its exports and "Data" in its setup recipes; the path names the spelling the file uses.
        var dataName = step.EnumerateObject().FirstOrDefault(p => p.Name.Equals("data", StringComparison.OrdinalIgnoreCase)).Name ?? "data";
        if (Property(step, "data") is not { ValueKind: JsonValueKind.Array } data)
        {
            throw Error($"{path}.{dataName}", $"this step needs a '{dataName}' array.");
        }

        var index = 0;
        foreach (var entry in data.EnumerateArray())
        {
            var entryPath = $"{path}.{dataName}[{index++}]";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw Error(entryPath, "each entry must be a JSON object.");
            }

            read(entry, entryPath);
        }
    }

    private void ReadContentItem(JsonElement item, string path)
    {
        _contentItems++;
        _firstContentPath ??= path[..path.LastIndexOf('[')];
        var itemId = RequiredString(item, "ContentItemId", path);
        var contentType = RequiredString(item, "ContentType", path);
        var markdownPart = Property(item, "MarkdownBodyPart");
        var htmlPart = Property(item, "HtmlBodyPart");
        if (markdownPart is null && htmlPart is null)
        {
            Pass($"type {contentType}", path, itemId, n =>
                $"content type '{contentType}' has neither MarkdownBodyPart nor HtmlBodyPart, so its items are not pages (menus, widgets and layers are not); {Items(n)} skipped.");
            return;
        }

        var missingParts = RequiredParts.Where(p => Property(item, p) is not { ValueKind: JsonValueKind.Object }).ToList();
        if (missingParts.Count > 0)
        {
            _skipped.Add($"{path}: content item '{itemId}' of type '{contentType}' lacks {string.Join(" and ", missingParts)}, so it has no title or no address; skipped.");
            return;
        }

        PassOverUnkeptParts(item, path, itemId, contentType);
        var title = RequiredString(Property(item, "TitlePart")!.Value, "Title", path + ".TitlePart");
        var (set, culture, namedCulture) = Localization(item, itemId, path);
        if (Property(item, ListPart) is { ValueKind: JsonValueKind.Object } && !_lists.Exists(l => l.ItemId == itemId))
        {
            _lists.Add((itemId, title, path));
        }

        if (Property(item, ContainedPart) is { ValueKind: JsonValueKind.Object } contained && OptionalString(contained, "ListContentItemId") is { } list)
        {
            (_listed.TryGetValue(list, out var listed) ? listed : _listed[list] = []).Add(itemId);
        }

        var routePath = path + ".AutoroutePart.Path";
        var orchardRoute = RequiredString(Property(item, "AutoroutePart")!.Value, "Path", path + ".AutoroutePart").Trim('/');
        var route = WithoutCulturePrefix(orchardRoute, culture, namedCulture);

        // Claro's addresses are /{culture}/{slug}, one segment. Orchard's paths may have several (a blog's posts live at
        // blog/my-post): the whole path is folded into the slug, blog-my-post, which keeps Orchard's distinct paths apart,
        // and the item remembers the path as Orchard had it, so that links to it are sent on to the new address.
        var slug = Slug.Fold(route);
        if (slug.Length == 0 || slug.Length > Slug.MaxLength || slug is "search" or "history")
        {
            throw Error(routePath, $"'{route}' does not make a page address (letters or digits, at most {Slug.MaxLength} characters, not 'search' or 'history').");
        }

        var claro = Property(item, ClaroVersionPart) is { ValueKind: JsonValueKind.Object } c ? c : (JsonElement?)null;
        var orchardPath = claro is { } s0 && OptionalString(s0, "OrchardPath") is { } kept
            ? RememberedPath(kept, path + "." + ClaroVersionPart + ".OrchardPath")
            : Slug.FoldPath(route).Contains('/') ? Slug.FoldPath(orchardRoute) : null;
        var summary = claro is { } s1 ? OptionalString(s1, "Summary") : null;
        var changeNote = claro is { } s5 ? OptionalString(s5, "ChangeNote") ?? "" : "";
        if (Workflow.VersionText.CheckLengths(title, summary, changeNote) is { } tooLong)
        {
            throw Error(tooLong.Limit == "title-length" ? path + ".TitlePart.Title" : path + "." + ClaroVersionPart, tooLong.Detail);
        }

        string markdown, html;
        if (markdownPart is { ValueKind: JsonValueKind.Object } md)
        {
            markdown = OptionalString(md, "Markdown") ?? "";
            if (BodyLimits.CheckMarkdown(markdown) is { } overLimit)
            {
                throw Error(path + ".MarkdownBodyPart.Markdown", overLimit.Detail);
            }

            html = MarkdownRenderer.ToHtml(markdown);
        }
        else
        {
            markdown = "";
            var imported = OptionalString(htmlPart!.Value, "Html") ?? "";
            if (BodyLimits.CheckHtml(imported) is { } overLimit)
            {
                throw Error(path + ".HtmlBodyPart.Html", overLimit.Detail);
            }

            html = MarkdownRenderer.Sanitize(imported);
        }

        var published = Property(item, "Published") is { ValueKind: JsonValueKind.True };
        var latest = Property(item, "Latest") is { ValueKind: JsonValueKind.True };
        // Orchard Core stamps the item's creation in CreatedUtc and each version's save in ModifiedUtc.
        var created = Date(item, "ModifiedUtc", path) ?? Date(item, "CreatedUtc", path) ?? DateTime.UnixEpoch;
        _versions.Add(new ParsedVersion(
            path, routePath, itemId, OptionalString(item, "ContentItemVersionId") ?? OrchardId.New(), set, culture, slug, title,
            summary, markdown, html, latest, published,
            created, Date(item, "PublishedUtc", path),
            OptionalString(item, "Author") ?? OptionalString(item, "Owner") ?? "recipe",
            claro is { } s2 ? OptionalInt(s2, "Number", path + "." + ClaroVersionPart) : null,
            claro is { } s3 && OptionalString(s3, "State") is { } state ? ParseState(state, path + "." + ClaroVersionPart + ".State") : null,
            claro is { } s4 ? OptionalInt(s4, "SourceVersion", path + "." + ClaroVersionPart) : null,
            changeNote,
            claro is { } s6 ? OptionalString(s6, "ReviewComment") : null,
            claro is { } s7 ? Date(s7, "ScheduledPublishUtc", path + "." + ClaroVersionPart) : null,
            orchardPath));
    }

    /// <summary>A backup's record of the address a page had on an Orchard Core site: kept only in the folded form Claro writes.</summary>
    private string RememberedPath(string kept, string jsonPath) =>
        kept.Length <= Slug.MaxPathLength && kept.Contains('/') && Slug.FoldPath(kept) == kept
            ? kept
            : throw Error(jsonPath, $"'{Shorten(kept)}' is not a former address as Claro writes one (lower-case segments of letters, digits and hyphens, at most {Slug.MaxPathLength} characters).");

    /// <summary>
    /// The item's localization set and culture (and the culture as the recipe names it): from <c>LocalizationPart</c>, or for a
    /// site in one language a new set of its own, shared by the item's versions, in the recipe's default culture.
    /// </summary>
    private (string Set, string Culture, string NamedCulture) Localization(JsonElement item, string itemId, string path)
    {
        if (Property(item, "LocalizationPart") is not { ValueKind: JsonValueKind.Object } localization)
        {
            if (!_ownSets.TryGetValue(itemId, out var ownSet))
            {
                _ownSets[itemId] = ownSet = OrchardId.New();
            }

            var culture = OneLanguageCulture();
            return (ownSet, culture, _defaultCulture ?? culture);
        }

        var set = RequiredString(localization, "LocalizationSet", path + ".LocalizationPart");
        var named = RequiredString(localization, "Culture", path + ".LocalizationPart");
        var siteCulture = options.SiteCultureFor(named)
            ?? throw Error(path + ".LocalizationPart.Culture", $"'{named}' is not one of this site's languages ({string.Join(", ", options.Cultures)}); add it to Claro:Cultures first.");
        return (set, siteCulture, named);
    }

    /// <summary>Orchard Core's localized paths start with the culture (<c>es/quejas</c>); a path in one language need not.</summary>
    private static string WithoutCulturePrefix(string route, params string[] cultures)
    {
        foreach (var culture in cultures)
        {
            if (route.StartsWith(culture + "/", StringComparison.OrdinalIgnoreCase))
            {
                return route[(culture.Length + 1)..];
            }
        }

        return route;
    }

    /// <summary>
    /// Parts Claro does not keep, and the fields in them (Orchard Core keeps a type's own fields, such as a
    /// <c>Subtitle</c> text field, in a part named after the type), each named once per content type.
    /// </summary>
    private void PassOverUnkeptParts(JsonElement item, string path, string itemId, string contentType)
    {
        foreach (var part in item.EnumerateObject().Where(p => !KnownItemProperties.Contains(p.Name)))
        {
            var properties = part.Value.ValueKind == JsonValueKind.Object ? part.Value.EnumerateObject().ToList() : [];
            var fields = properties.Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => p.Name).ToList();
            foreach (var field in fields)
            {
                Pass($"field {contentType}.{part.Name}.{field}", $"{path}.{part.Name}.{field}", itemId, n =>
                    $"field '{field}' of part '{part.Name}' is not one Claro keeps (a page has a title and a body); skipped in {Items(n)} of type '{contentType}'.");
            }

            if (fields.Count == 0 || fields.Count < properties.Count)
            {
                Pass($"part {contentType}.{part.Name}", $"{path}.{part.Name}", itemId, n =>
                    $"part '{part.Name}' is not one Claro keeps; skipped in {Items(n)} of type '{contentType}'.");
            }
        }
    }

    private void Pass(string key, string path, string itemId, Func<int, string> describe)
    {
        if (!_passed.TryGetValue(key, out var passed))
        {
            _passed[key] = passed = new Passed(path, describe);
        }

        passed.ItemIds.Add(itemId);
    }

    private static string Items(int count) => count == 1 ? "1 content item" : $"{count} content items";

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";

    private void ReadShortLink(JsonElement entry, string path)
    {
        var code = ShortCode.Canonical(RequiredString(entry, "Code", path));
        if (ShortCode.Check(code) is { } refusal)
        {
            throw Error(path + ".Code", refusal.Detail);
        }

        var culture = RequiredString(entry, "Culture", path).ToLowerInvariant();
        if (!options.IsSupported(culture))
        {
            throw Error(path + ".Culture", $"'{culture}' is not one of this site's languages.");
        }

        if (_links.Exists(l => l.Link.Code == code))
        {
            throw Error(path + ".Code", $"the short link '{code}' appears twice.");
        }

        var link = new ShortLink
        {
            Code = code,
            DocumentId = RequiredString(entry, "LocalizationSet", path),
            Culture = culture,
            CreatedUtc = Date(entry, "CreatedUtc", path) ?? DateTime.UnixEpoch,
            CreatedBy = OptionalString(entry, "CreatedBy") ?? "recipe",
        };
        if (Property(entry, "Hits") is { ValueKind: JsonValueKind.Array } hits)
        {
            var index = 0;
            foreach (var hit in hits.EnumerateArray())
            {
                var hitPath = $"{path}.Hits[{index++}]";
                var day = RequiredString(hit, "Date", hitPath);
                if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw Error(hitPath + ".Date", $"'{day}' is not a date written as yyyy-MM-dd.");
                }

                link.Hits.Add(new ShortLinkHit { Code = code, Day = date, Count = OptionalInt(hit, "Count", hitPath) ?? 0 });
            }
        }

        _links.Add(new RecipeShortLink(link, path));
    }

    private void ReadAuditEvent(JsonElement entry, string path)
    {
        _audit.Add((new AuditEvent
        {
            DocumentId = RequiredString(entry, "LocalizationSet", path),
            At = Date(entry, "At", path) ?? throw Error(path + ".At", "an audit event needs its time."),
            Actor = RequiredString(entry, "Actor", path),
            Action = RequiredString(entry, "Action", path),
            Culture = OptionalString(entry, "Culture"),
            Version = OptionalInt(entry, "Version", path),
            FromState = OptionalString(entry, "FromState") is { } from ? ParseState(from, path + ".FromState") : null,
            ToState = OptionalString(entry, "ToState") is { } to ? ParseState(to, path + ".ToState") : null,
            Comment = OptionalString(entry, "Comment"),
        }, path));
    }

    private void ReadDocumentData(JsonElement entry, string path) =>
        _documentData[RequiredString(entry, "LocalizationSet", path)] = (
            RequiredString(entry, "SourceCulture", path).ToLowerInvariant(),
            Date(entry, "CreatedUtc", path),
            Date(entry, "WithdrawnUtc", path),
            OptionalString(entry, "WithdrawnReason"));

    private List<RecipeDocument> BuildDocuments()
    {
        var documents = new List<RecipeDocument>();
        var paths = new Dictionary<(string Culture, string Slug), string>();
        var setClash = _versions.GroupBy(v => v.ItemId).Select(g => g.FirstOrDefault(v => v.Set != g.First().Set)).FirstOrDefault(v => v is not null);
        if (setClash is not null)
        {
            throw Error(setClash.JsonPath + ".LocalizationPart", $"versions of content item '{setClash.ItemId}' disagree on its localization set (or on having one).");
        }

        var recipeCulture = _defaultCulture is null ? null : options.SiteCultureFor(_defaultCulture);
        foreach (var set in _versions.GroupBy(v => v.Set))
        {
            var items = new List<RecipeItem>();
            foreach (var itemVersions in set.GroupBy(v => v.ItemId))
            {
                var first = itemVersions.First();
                var otherItem = items.Find(i => i.Culture == first.Culture);
                if (otherItem is not null)
                {
                    throw Error(first.JsonPath + ".LocalizationPart.Culture",
                        $"content items '{otherItem.Id}' and '{first.ItemId}' of localization set '{set.Key}' both claim the culture '{first.Culture}'.");
                }

                var cultureClash = itemVersions.FirstOrDefault(v => v.Culture != first.Culture);
                if (cultureClash is not null)
                {
                    throw Error(cultureClash.JsonPath + ".LocalizationPart.Culture", $"versions of content item '{first.ItemId}' disagree on its culture.");
                }

                var item = BuildItem(set.Key, itemVersions.ToList());
                var key = (item.Culture, item.Slug);
                if (paths.TryGetValue(key, out var otherPath))
                {
                    throw Error(item.PathJsonPath, $"the path '{item.Culture}/{item.Slug}' is also claimed at {otherPath}.");
                }

                paths[key] = item.PathJsonPath;
                items.Add(item);
            }

            var data = _documentData.GetValueOrDefault(set.Key);
            var sourceCulture = data.SourceCulture
                ?? (items.Exists(i => i.Culture == recipeCulture) ? recipeCulture! : items.Exists(i => i.Culture == options.DefaultCulture) ? options.DefaultCulture : items[0].Culture);
            var document = new Document
            {
                Id = set.Key,
                SourceCulture = sourceCulture,
                CreatedUtc = data.Created ?? items.SelectMany(i => i.Item.Versions).Min(v => v.CreatedUtc),
                WithdrawnUtc = mode == ImportMode.Restore ? data.Withdrawn : null,
                WithdrawnReason = mode == ImportMode.Restore ? data.Reason : null,
            };
            documents.Add(new RecipeDocument(document, items));
        }

        return documents;
    }

    private RecipeItem BuildItem(string set, List<ParsedVersion> versions)
    {
        var numbered = versions.All(v => v.Number is not null)
            ? versions.OrderBy(v => v.Number).ToList()
            : versions.OrderBy(v => v.Created).ToList();
        if (mode == ImportMode.Review)
        {
            // Nothing arrives public on a site with content: the newest version waits for a second person's review.
            var newest = numbered.Count - 1;
            numbered = numbered.Select((v, i) => v with
            {
                Author = importer,
                Latest = i == newest,
                Published = false,
                PublishedUtc = null,
                State = i == newest ? VersionState.InReview : VersionState.Superseded,
                ReviewComment = null,
                Scheduled = null,
            }).ToList();
        }

        var first = numbered[0];
        var published = numbered.LastOrDefault(v => v.Published);
        var latest = numbered.LastOrDefault(v => v.Latest) ?? numbered[^1];
        var item = new Item
        {
            Id = first.ItemId, DocumentId = set, Culture = first.Culture, Slug = (published ?? latest).Slug,
            OrchardPath = numbered.Select(v => v.OrchardPath).LastOrDefault(p => p is not null),
        };
        for (var i = 0; i < numbered.Count; i++)
        {
            var v = numbered[i];
            var number = v.Number ?? i + 1;
            if (item.Versions.Exists(x => x.Number == number))
            {
                throw Error($"{v.JsonPath}.{ClaroVersionPart}.Number", $"version {number} of content item '{item.Id}' appears twice.");
            }

            var state = v.State ?? (v == published ? VersionState.Published : v == latest ? VersionState.Draft : VersionState.Superseded);
            item.Versions.Add(new ContentVersion
            {
                Id = v.VersionId,
                ItemId = item.Id,
                Number = number,
                Slug = v.Slug,
                Title = v.Title,
                Summary = v.Summary ?? Summarize(MarkdownRenderer.PlainTextOf(v.Markdown, v.Html)),
                Markdown = v.Markdown,
                Html = v.Html,
                ChangeNote = v.ChangeNote,
                State = state,
                Author = v.Author,
                CreatedUtc = v.Created,
                PublishedUtc = v.PublishedUtc ?? (state is VersionState.Published or VersionState.Superseded && v == published ? v.Created : null),
                SourceVersion = v.SourceVersion,
                ReviewComment = v.ReviewComment,
                ScheduledPublishUtc = v.Scheduled,
            });
        }

        item.LatestVersionNumber = item.Versions.Max(v => v.Number);
        var publishedVersion = published is null ? null : item.Versions.Find(v => v.Id == published.VersionId);
        return new RecipeItem(item, publishedVersion?.Id, first.JsonPath, first.RoutePath);
    }

    private static string Summarize(string text)
    {
        var plain = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (plain.Length <= 200)
        {
            return plain;
        }

        var cut = plain.LastIndexOf(' ', 199);
        return plain[..(cut > 0 ? cut : 199)] + "…";
    }

    private VersionState ParseState(string state, string path) =>
        Enum.TryParse<VersionState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw Error(path, $"'{state}' is not a version state ({string.Join(", ", Enum.GetNames<VersionState>())}).");

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private string RequiredString(JsonElement element, string name, string path) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text
            ? text
            : throw Error($"{path}.{name}", $"'{name}' is missing or empty.");

    private static string? OptionalString(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private int? OptionalInt(JsonElement element, string name, string path) => Property(element, name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Number } value when value.TryGetInt32(out var number) => number,
        _ => throw Error($"{path}.{name}", $"'{name}' must be a whole number."),
    };

    private DateTime? Date(JsonElement element, string name, string path) => Property(element, name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } value when DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date) => DateTime.SpecifyKind(date, DateTimeKind.Utc),
        _ => throw Error($"{path}.{name}", $"'{name}' must be an ISO-8601 date and time, such as 2026-11-20T15:00:00Z."),
    };

    private RecipeException Error(string path, string reason) => new(fileName, path, reason);

    /// <summary>Something passed over in one or more content items: where it first appears, and how to say it for that many items.</summary>
    private sealed record Passed(string FirstPath, Func<int, string> Say)
    {
        public HashSet<string> ItemIds { get; } = [];

        public string Describe() => $"{FirstPath}: {Say(ItemIds.Count)}";
    }

    private sealed record ParsedVersion(
        string JsonPath, string RoutePath, string ItemId, string VersionId, string Set, string Culture, string Slug, string Title,
        string? Summary, string Markdown, string Html, bool Latest, bool Published, DateTime Created, DateTime? PublishedUtc,
        string Author, int? Number, VersionState? State, int? SourceVersion, string ChangeNote, string? ReviewComment, DateTime? Scheduled,
        string? OrchardPath);
}
