using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Claro.Content;
using Claro.Links;
using Claro.Recipes.Format;

namespace Claro.Recipes;

/// <summary>
/// Reads a recipe into its records (<see cref="Recipe"/>), checks them and turns them into Claro's entities.
/// Orchard Core's step names and header are matched without regard to case; Claro's own data travels in steps
/// whose names start with <c>Claro</c>. A restore keeps the recipe's states, authors and audit trail; an import
/// for review makes the newest version of each page wait for review, written by <paramref name="importer"/>.
/// An item with a body becomes a page: joined to its translations by <c>LocalizationPart</c>, or, on a site in
/// one language (no <c>LocalizationPart</c>), a document of its own in the recipe's default culture.
/// </summary>
internal sealed class RecipeReader(string fileName, ClaroOptions options, ImportMode mode, string importer)
{
    private static RecipeJson Json => RecipeJson.Format;

    private readonly List<string> _skipped = [];
    private readonly List<ReadVersion> _versions = [];
    private readonly List<RecipeShortLink> _links = [];
    private readonly List<(AuditEvent Event, string JsonPath)> _audit = [];
    private readonly Dictionary<string, ClaroDocument> _documentData = [];

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

        // Orchard Core reads the header without regard to case, but 'steps' only as spelled here.
        if (!root.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Array)
        {
            throw Error("steps", "the recipe has no 'steps' array.");
        }

        var recipe = Read(root, Json.Recipe, "")!;
        var steps = recipe.Steps!;
        ReadDefaultCulture(steps);
        for (var i = 0; i < steps.Count; i++)
        {
            ReadStep(steps[i], $"steps[{i}]");
        }

        var documents = BuildDocuments();
        _skipped.AddRange(_passed.Values.Select(p => p.Describe()));
        _skipped.AddRange(_lists.Select(l => $"{l.JsonPath}.{nameof(ContentItem.ListPart)}: the list '{l.Title}' is imported as a page of its own, " +
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

        var name = string.IsNullOrEmpty(recipe.Name) ? Path.GetFileNameWithoutExtension(fileName) : recipe.Name;
        return new RecipeContent(name, documents, _links, _audit.ConvertAll(a => a.Event), _skipped);
    }

    private void ReadStep(JsonElement step, string path)
    {
        var name = StepName(step, path) ?? throw Error(path + ".name", "every step needs a 'name'.");
        if (RecipeSteps.Is(name, RecipeSteps.Feature) || RecipeSteps.Is(name, RecipeSteps.Settings) || RecipeSteps.Is(name, RecipeSteps.ContentDefinition))
        {
            return;
        }
        else if (RecipeSteps.Is(name, RecipeSteps.Content))
        {
            ForEach(step, Json.DataStepContentItem, path, ReadContentItem);
        }
        else if (RecipeSteps.Is(name, RecipeSteps.ClaroShortLinks))
        {
            ForEach(step, Json.DataStepClaroShortLink, path, ReadShortLink);
        }
        else if (RecipeSteps.Is(name, RecipeSteps.ClaroAuditTrail) && mode == ImportMode.Review)
        {
            _skipped.Add($"{path}: the audit trail is kept only when a backup is restored into an empty site; here each imported page starts its own trail, in review.");
        }
        else if (RecipeSteps.Is(name, RecipeSteps.ClaroAuditTrail))
        {
            ForEach(step, Json.DataStepClaroAuditEvent, path, ReadAuditEvent);
        }
        else if (RecipeSteps.Is(name, RecipeSteps.ClaroDocuments))
        {
            ForEach(step, Json.DataStepClaroDocument, path, ReadDocumentData);
        }
        else
        {
            _skipped.Add($"{path}: step '{name}' is not one Claro imports; skipped.");
        }
    }

    private string? StepName(JsonElement step, string path) =>
        step.ValueKind == JsonValueKind.Object ? Read(step, Json.RecipeStep, path)?.Name : null;

    /// <summary>
    /// The <c>settings</c> step's <c>LocalizationSettings.DefaultCulture</c>, the culture of a site in one language,
    /// read before any item so that the step may stand anywhere in the recipe; the last one wins, as in Orchard Core.
    /// </summary>
    private void ReadDefaultCulture(IReadOnlyList<JsonElement> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var path = $"steps[{i}]";
            if (RecipeSteps.Is(StepName(steps[i], path), RecipeSteps.Settings)
                && Read(steps[i], Json.SettingsStep, path)?.LocalizationSettings?.DefaultCulture is { Length: > 0 } culture)
            {
                _defaultCulture = culture;
                _defaultCulturePath = $"{path}.{nameof(SettingsStep.LocalizationSettings)}.{nameof(LocalizationSettings.DefaultCulture)}";
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

    private void ForEach<T>(JsonElement step, JsonTypeInfo<DataStep<T>> type, string path, Action<T, string> read)
    {
        // Orchard Core writes "data" in its exports and "Data" in its setup recipes; the path names the spelling the file uses.
        var dataName = step.EnumerateObject().FirstOrDefault(p => p.Name.Equals("data", StringComparison.OrdinalIgnoreCase)).Name ?? "data";
        var data = Read(step, type, path)?.Data ?? throw Error($"{path}.{dataName}", $"this step needs a '{dataName}' array.");
        for (var i = 0; i < data.Count; i++)
        {
            var entryPath = $"{path}.{dataName}[{i}]";
            read(data[i] ?? throw Error(entryPath, "each entry must be a JSON object."), entryPath);
        }
    }

    private void ReadContentItem(ContentItem item, string path)
    {
        _contentItems++;
        _firstContentPath ??= path[..path.LastIndexOf('[')];
        var itemId = Required(item.ContentItemId, nameof(item.ContentItemId), path);
        var contentType = Required(item.ContentType, nameof(item.ContentType), path);
        if (item.MarkdownBodyPart is null && item.HtmlBodyPart is null)
        {
            Pass($"type {contentType}", path, itemId, n =>
                $"content type '{contentType}' has neither MarkdownBodyPart nor HtmlBodyPart, so its items are not pages (menus, widgets and layers are not); {Items(n)} skipped.");
            return;
        }

        if (item.TitlePart is not { } titlePart || item.AutoroutePart is not { } autoroute)
        {
            var missing = string.Join(" and ", new[] { item.TitlePart is null ? nameof(item.TitlePart) : null, item.AutoroutePart is null ? nameof(item.AutoroutePart) : null }.OfType<string>());
            _skipped.Add($"{path}: content item '{itemId}' of type '{contentType}' lacks {missing}, so it has no title or no address; skipped.");
            return;
        }

        PassOverUnkeptParts(item, path, itemId, contentType);
        var title = Required(titlePart.Title, nameof(titlePart.Title), $"{path}.{nameof(item.TitlePart)}");
        var (set, culture, namedCulture) = Localization(item, itemId, path);
        if (item.ListPart is not null && !_lists.Exists(l => l.ItemId == itemId))
        {
            _lists.Add((itemId, title, path));
        }

        if (item.ContainedPart?.ListContentItemId is { } list)
        {
            (_listed.TryGetValue(list, out var listed) ? listed : _listed[list] = []).Add(itemId);
        }

        var routePath = $"{path}.{nameof(item.AutoroutePart)}.{nameof(autoroute.Path)}";
        var orchardRoute = Required(autoroute.Path, nameof(autoroute.Path), $"{path}.{nameof(item.AutoroutePart)}").Trim('/');
        var route = WithoutCulturePrefix(orchardRoute, culture, namedCulture);

        // Claro's addresses are /{culture}/{slug}, one segment. Orchard's paths may have several (a blog's posts live at
        // blog/my-post): the whole path is folded into the slug, blog-my-post, which keeps Orchard's distinct paths apart,
        // and the item remembers the path as Orchard had it, so that links to it are sent on to the new address.
        var slug = Slug.Fold(route);
        if (!Slug.CanAddressPage(slug))
        {
            throw Error(routePath, $"'{route}' does not make a page address (letters or digits, at most {Slug.MaxLength} characters, not 'search' or 'history').");
        }

        var claro = item.ClaroVersionPart;
        var orchardPath = claro?.OrchardPath is { } kept
            ? RememberedPath(kept, $"{path}.{nameof(item.ClaroVersionPart)}.{nameof(claro.OrchardPath)}")
            : Slug.FoldPath(route).Contains('/', StringComparison.Ordinal) ? Slug.FoldPath(orchardRoute) : null;
        if (Workflow.VersionText.CheckLengths(title, claro?.Summary, claro?.ChangeNote) is { } tooLong)
        {
            throw Error(tooLong.Limit == "title-length" ? $"{path}.{nameof(item.TitlePart)}.{nameof(titlePart.Title)}" : $"{path}.{nameof(item.ClaroVersionPart)}", tooLong.Detail);
        }

        string markdown, html;
        if (item.MarkdownBodyPart is { } markdownPart)
        {
            markdown = markdownPart.Markdown ?? "";
            if (BodyLimits.CheckMarkdown(markdown) is { } overLimit)
            {
                throw Error($"{path}.{nameof(item.MarkdownBodyPart)}.{nameof(markdownPart.Markdown)}", overLimit.Detail);
            }

            html = MarkdownRenderer.ToHtml(markdown);
        }
        else
        {
            markdown = "";
            var imported = item.HtmlBodyPart!.Html ?? "";
            if (BodyLimits.CheckHtml(imported) is { } overLimit)
            {
                throw Error($"{path}.{nameof(item.HtmlBodyPart)}.{nameof(HtmlBodyPart.Html)}", overLimit.Detail);
            }

            html = MarkdownRenderer.Sanitize(imported);
        }

        var state = claro?.State is { } named ? ParseState(named, $"{path}.{nameof(item.ClaroVersionPart)}.{nameof(claro.State)}") : (VersionState?)null;
        _versions.Add(new ReadVersion(item, path, routePath, item.ContentItemVersionId ?? OrchardId.New(), set, culture, slug, title, markdown, html, state, orchardPath));
    }

    /// <summary>A backup's record of the address a page had on an Orchard Core site: kept only in the folded form Claro writes.</summary>
    private string RememberedPath(string kept, string jsonPath) =>
        kept.Length <= Slug.MaxPathLength && kept.Contains('/', StringComparison.Ordinal) && Slug.FoldPath(kept) == kept
            ? kept
            : throw Error(jsonPath, $"'{Shorten(kept)}' is not a former address as Claro writes one (lower-case segments of letters, digits and hyphens, at most {Slug.MaxPathLength} characters).");

    /// <summary>
    /// The item's localization set and culture (and the culture as the recipe names it): from <c>LocalizationPart</c>, or for a
    /// site in one language a new set of its own, shared by the item's versions, in the recipe's default culture.
    /// </summary>
    private (string Set, string Culture, string NamedCulture) Localization(ContentItem item, string itemId, string path)
    {
        if (item.LocalizationPart is not { } localization)
        {
            if (!_ownSets.TryGetValue(itemId, out var ownSet))
            {
                _ownSets[itemId] = ownSet = OrchardId.New();
            }

            var culture = OneLanguageCulture();
            return (ownSet, culture, _defaultCulture ?? culture);
        }

        var partPath = $"{path}.{nameof(item.LocalizationPart)}";
        var set = Required(localization.LocalizationSet, nameof(localization.LocalizationSet), partPath);
        var named = Required(localization.Culture, nameof(localization.Culture), partPath);
        var siteCulture = options.SiteCultureFor(named)
            ?? throw Error($"{partPath}.{nameof(localization.Culture)}", $"{options.NotASiteCulture(named)} Add it to Claro:Cultures first.");
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
    private void PassOverUnkeptParts(ContentItem item, string path, string itemId, string contentType)
    {
        foreach (var (partName, part) in item.OtherParts ?? [])
        {
            var properties = part.ValueKind == JsonValueKind.Object ? part.EnumerateObject().ToList() : [];
            var fields = properties.Where(p => p.Value.ValueKind == JsonValueKind.Object).Select(p => p.Name).ToList();
            foreach (var field in fields)
            {
                Pass($"field {contentType}.{partName}.{field}", $"{path}.{partName}.{field}", itemId, n =>
                    $"field '{field}' of part '{partName}' is not one Claro keeps (a page has a title and a body); skipped in {Items(n)} of type '{contentType}'.");
            }

            if (fields.Count == 0 || fields.Count < properties.Count)
            {
                Pass($"part {contentType}.{partName}", $"{path}.{partName}", itemId, n =>
                    $"part '{partName}' is not one Claro keeps; skipped in {Items(n)} of type '{contentType}'.");
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

    private void ReadShortLink(ClaroShortLink entry, string path)
    {
        var code = ShortCode.Canonical(Required(entry.Code, nameof(entry.Code), path));
        if (ShortCode.Check(code) is { } refusal)
        {
            throw Error($"{path}.{nameof(entry.Code)}", refusal.Detail);
        }

        var culture = CultureNames.Normalize(Required(entry.Culture, nameof(entry.Culture), path));
        if (!options.IsSupported(culture))
        {
            throw Error($"{path}.{nameof(entry.Culture)}", options.NotASiteCulture(culture));
        }

        if (_links.Exists(l => l.Link.Code == code))
        {
            throw Error($"{path}.{nameof(entry.Code)}", $"the short link '{code}' appears twice.");
        }

        var link = new ShortLink
        {
            Code = code,
            DocumentId = Required(entry.LocalizationSet, nameof(entry.LocalizationSet), path),
            Culture = culture,
            CreatedUtc = entry.CreatedUtc ?? DateTime.UnixEpoch,
            CreatedBy = entry.CreatedBy ?? "recipe",
        };
        var hits = entry.Hits ?? [];
        for (var i = 0; i < hits.Count; i++)
        {
            var day = hits[i]?.Date ?? throw Error($"{path}.{nameof(entry.Hits)}[{i}].{nameof(ClaroShortLinkHit.Date)}", "'Date' is missing or empty.");
            link.Hits.Add(new ShortLinkHit { Code = code, Day = day, Count = hits[i]!.Count ?? 0 });
        }

        _links.Add(new RecipeShortLink(link, path));
    }

    private void ReadAuditEvent(ClaroAuditEvent entry, string path) =>
        _audit.Add((new AuditEvent
        {
            DocumentId = Required(entry.LocalizationSet, nameof(entry.LocalizationSet), path),
            At = entry.At ?? throw Error($"{path}.{nameof(entry.At)}", "an audit event needs its time."),
            Actor = Required(entry.Actor, nameof(entry.Actor), path),
            Action = Required(entry.Action, nameof(entry.Action), path),
            Culture = entry.Culture,
            Version = entry.Version,
            FromState = entry.FromState is { } from ? ParseState(from, $"{path}.{nameof(entry.FromState)}") : null,
            ToState = entry.ToState is { } to ? ParseState(to, $"{path}.{nameof(entry.ToState)}") : null,
            Comment = entry.Comment,
        }, path));

    private void ReadDocumentData(ClaroDocument entry, string path) =>
        _documentData[Required(entry.LocalizationSet, nameof(entry.LocalizationSet), path)] =
            entry with { SourceCulture = CultureNames.Normalize(Required(entry.SourceCulture, nameof(entry.SourceCulture), path)) };

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
            var sourceCulture = data?.SourceCulture
                ?? (items.Exists(i => i.Culture == recipeCulture) ? recipeCulture! : items.Exists(i => i.Culture == options.DefaultCulture) ? options.DefaultCulture : items[0].Culture);
            var document = new Document
            {
                Id = set.Key,
                SourceCulture = sourceCulture,
                CreatedUtc = data?.CreatedUtc ?? items.SelectMany(i => i.Item.Versions).Min(v => v.CreatedUtc),
                WithdrawnUtc = mode == ImportMode.Restore ? data?.WithdrawnUtc : null,
                WithdrawnReason = mode == ImportMode.Restore ? data?.WithdrawnReason : null,
                // Into a site with content every page arrives in review: its review date comes with its next first publication.
                WithdrawalScheduledUtc = mode == ImportMode.Restore ? data?.WithdrawAtUtc : null,
                WithdrawalScheduledReason = mode == ImportMode.Restore ? data?.WithdrawAtReason : null,
                ReviewBy = mode == ImportMode.Restore ? data?.ReviewBy : null,
                ReviewRemindedFor = mode == ImportMode.Restore ? data?.ReviewRemindedFor : null,
            };
            documents.Add(new RecipeDocument(document, items));
        }

        return documents;
    }

    private RecipeItem BuildItem(string set, List<ReadVersion> versions)
    {
        var numbered = versions.All(v => v.Number is not null)
            ? versions.OrderBy(v => v.Number).ToList()
            : versions.OrderBy(v => v.Created).ToList();
        // Nothing arrives public on a site with content: the newest version waits for a second person's review, written by the importer.
        var review = mode == ImportMode.Review;
        var first = numbered[0];
        var published = review ? null : numbered.LastOrDefault(v => v.Source.Published);
        var latest = review ? numbered[^1] : numbered.LastOrDefault(v => v.Source.Latest) ?? numbered[^1];
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
                throw Error($"{v.JsonPath}.{nameof(ContentItem.ClaroVersionPart)}.{nameof(ClaroVersionPart.Number)}", $"version {number} of content item '{item.Id}' appears twice.");
            }

            var isPublished = ReferenceEquals(v, published);
            var isLatest = ReferenceEquals(v, latest);
            var state = review
                ? isLatest ? VersionState.InReview : VersionState.Superseded
                : v.State ?? (isPublished ? VersionState.Published : isLatest ? VersionState.Draft : VersionState.Superseded);
            var claro = v.Source.ClaroVersionPart;
            item.Versions.Add(new ContentVersion
            {
                Id = v.VersionId,
                ItemId = item.Id,
                Number = number,
                Slug = v.Slug,
                Title = v.Title,
                Summary = claro?.Summary ?? Summarize(MarkdownRenderer.PlainTextOf(v.Markdown, v.Html)),
                Markdown = v.Markdown,
                Html = v.Html,
                ChangeNote = claro?.ChangeNote ?? "",
                State = state,
                Author = review ? importer : v.Source.Author ?? v.Source.Owner ?? "recipe",
                CreatedUtc = v.Created,
                PublishedUtc = review ? null : v.Source.PublishedUtc ?? (state is VersionState.Published or VersionState.Superseded && isPublished ? v.Created : null),
                SourceVersion = claro?.SourceVersion,
                ReviewComment = review ? null : claro?.ReviewComment,
                ScheduledPublishUtc = review ? null : claro?.ScheduledPublishUtc,
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

    /// <summary>An element read into its record; a value of the wrong JSON type is refused at its path, saying what it should be.</summary>
    private T? Read<T>(JsonElement element, JsonTypeInfo<T> type, string path)
    {
        try
        {
            return element.Deserialize(type);
        }
        catch (JsonException e)
        {
            var (below, reason) = RecipeJson.Explain(e, type);
            throw Error(path.Length == 0 ? below.TrimStart('.') : path + below, reason);
        }
    }

    private string Required(string? value, string name, string path) =>
        value is { Length: > 0 } ? value : throw Error($"{path}.{name}", $"'{name}' is missing or empty.");

    private RecipeException Error(string path, string reason) => new(fileName, path, reason);

    /// <summary>Something passed over in one or more content items: where it first appears, and how to say it for that many items.</summary>
    private sealed record Passed(string FirstPath, Func<int, string> Say)
    {
        public HashSet<string> ItemIds { get; } = [];

        public string Describe() => $"{FirstPath}: {Say(ItemIds.Count)}";
    }

    /// <summary>A version as the recipe holds it, with what was worked out from it, until its item's versions are put together.</summary>
    private sealed record ReadVersion(
        ContentItem Source, string JsonPath, string RoutePath, string VersionId, string Set, string Culture, string Slug, string Title, string Markdown, string Html,
        VersionState? State, string? OrchardPath)
    {
        public string ItemId => Source.ContentItemId!;

        public int? Number => Source.ClaroVersionPart?.Number;

        // Orchard Core stamps the item's creation in CreatedUtc and each version's save in ModifiedUtc.
        public DateTime Created => Source.ModifiedUtc ?? Source.CreatedUtc ?? DateTime.UnixEpoch;
    }
}
