using System.Globalization;
using System.Runtime.CompilerServices;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Reading;

/// <summary>What both indexes share: the readers' words, the text of a page, and how a snippet is marked.</summary>
internal static partial class SearchText
{
    /// <summary>Snippets come back from the database with the matches between these two characters, which no page holds.</summary>
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    private const int MaxWords = 8;

    /// <summary>The words of a reader's query, at most eight, with everything else (quotes, operators, punctuation) dropped.</summary>
    public static IReadOnlyList<string> Words(string? query)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in query.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words.Take(MaxWords).ToList();
    }

    /// <summary>The published pages of a document as the index holds them, and the ids of all its pages (to take the others out).</summary>
    public static async Task<(List<string> ItemIds, List<IndexedPage> Published)> LoadAsync(ClaroDbContext db, string documentId, CancellationToken ct)
    {
        var pages = await db.Items.AsNoTracking().Where(i => i.DocumentId == documentId)
            .Select(i => new
            {
                i.Id,
                IsPublic = db.Items.Published().Any(p => p.Id == i.Id),
                i.Culture,
                i.Slug,
                i.PublishedVersion!.Title,
                i.PublishedVersion.Summary,
                i.PublishedVersion.Markdown,
                i.PublishedVersion.Html,
            })
            .ToListAsync(ct);
        return (pages.ConvertAll(p => p.Id),
            pages.Where(p => p.IsPublic).Select(p => ToIndexed(p.Id, p.Culture, p.Slug, p.Title, p.Summary, p.Markdown, p.Html)).ToList());
    }

    /// <summary>
    /// Every published page, a few hundred at a time in the order of their ids: what an empty index is
    /// filled with, in a handful of queries rather than two per document.
    /// </summary>
    public static async IAsyncEnumerable<IReadOnlyList<IndexedPage>> LoadAllAsync(ClaroDbContext db, [EnumeratorCancellation] CancellationToken ct)
    {
        const int Batch = 500;
        var after = "";
        while (true)
        {
#pragma warning disable CA1309 // Compared in SQL, in the collation of the ORDER BY beside it; EF Core translates no StringComparison.
            var batch = await db.Items.AsNoTracking().Published().Where(i => string.Compare(i.Id, after) > 0).OrderBy(i => i.Id).Take(Batch)
                .Select(i => new { i.Id, i.Culture, i.Slug, i.PublishedVersion!.Title, i.PublishedVersion.Summary, i.PublishedVersion.Markdown, i.PublishedVersion.Html })
                .ToListAsync(ct);
#pragma warning restore CA1309
            if (batch.Count > 0)
            {
                yield return batch.ConvertAll(p => ToIndexed(p.Id, p.Culture, p.Slug, p.Title, p.Summary, p.Markdown, p.Html));
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            after = batch[^1].Id;
        }
    }

    private static IndexedPage ToIndexed(string id, string culture, string slug, string title, string summary, string markdown, string html) =>
        new(id, culture, slug, title, summary + "\n" + MarkdownRenderer.PlainTextOf(markdown, html));

    /// <summary>HTML-encodes a snippet, then turns the match markers into <c>&lt;mark&gt;</c>.</summary>
    public static string MarkSnippet(string snippet) =>
        WebUtility.HtmlEncode(snippet).Replace(MatchStart.ToString(), "<mark>", StringComparison.Ordinal).Replace(MatchEnd.ToString(), "</mark>", StringComparison.Ordinal);
}
