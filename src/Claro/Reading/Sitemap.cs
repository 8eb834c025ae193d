using System.Globalization;
using System.Text;
using System.Xml;
using Claro.Content;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Claro.Reading;

/// <summary>How the host writes absolute addresses: of a page, and of a numbered sitemap.</summary>
public sealed record SitemapAddresses(Func<string, string, string> Page, Func<int, string> NumberedSitemap);

/// <summary>
/// What search engines read: every published page with its language alternates (<c>xhtml:link hreflang</c>, and
/// <c>x-default</c> for the source). One file holds at most <see cref="ClaroOptions.SitemapMaxUrls"/> addresses and
/// <see cref="ClaroOptions.SitemapMaxBytes"/> bytes (sitemaps.org: 50,000 and 50 MB); a larger site gets a sitemap index
/// naming numbered sitemaps, each holding whole documents in id order, every language of a document in the same file.
/// Each file is one ordered query whose rows are written as they arrive, one document at a time, with a synchronous
/// writer into memory: nothing here waits on I/O, and an await per element made this the slowest reader request by far.
/// </summary>
public sealed class Sitemap(ClaroDbContext db, IOptions<ClaroOptions> options)
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>
    /// How many documents one file holds so that it keeps to both limits: each document has at most one address per
    /// language, and takes at most the bytes of the widest one there could be (every language, the longest slugs).
    /// A file holds at least one document, whatever the limits.
    /// </summary>
    public static int DocumentsPerFile(int maxUrls, long maxBytes, int languages, long bytesOfWidestDocumentAlone) =>
        (int)Math.Max(1, Math.Min(maxUrls / Math.Max(1, languages), maxBytes / Math.Max(1, bytesOfWidestDocumentAlone)));

    /// <summary><c>/sitemap.xml</c>: every page, or, when they do not fit in one file, the index of the numbered sitemaps.</summary>
    public async Task<byte[]> MainAsync(SitemapAddresses addresses, CancellationToken ct)
    {
        var perFile = await DocumentsPerFileAsync(addresses);
        var documents = await DocumentIds().CountAsync(ct);
        return documents <= perFile ? await UrlSetAsync(Pages(), addresses, ct) : await IndexAsync(perFile, addresses, ct);
    }

    /// <summary><c>/sitemap-{number}.xml</c>: the documents of that numbered sitemap; null when the index names no such file.</summary>
    public async Task<byte[]?> NumberedAsync(int number, SitemapAddresses addresses, CancellationToken ct)
    {
        var perFile = await DocumentsPerFileAsync(addresses);
        var documents = await DocumentIds().CountAsync(ct);
        if (number < 1 || documents <= perFile || (long)(number - 1) * perFile >= documents)
        {
            return null;
        }

        var first = await DocumentIds().Skip((number - 1) * perFile).FirstAsync(ct);
        var last = await DocumentIds().Skip((int)Math.Min((long)number * perFile, documents) - 1).FirstAsync(ct);
#pragma warning disable CA1309 // Compared in SQL, in the collation the ORDER BY that found first and last used; EF Core translates no StringComparison.
        var rows = Pages().Where(i => string.Compare(i.DocumentId, first) >= 0 && string.Compare(i.DocumentId, last) <= 0);
#pragma warning restore CA1309
        return await UrlSetAsync(rows, addresses, ct);
    }

    /// <summary>Pages readers can reach: published, not withdrawn, in one of the site's languages.</summary>
    private IQueryable<Item> Pages()
    {
        var cultures = options.Value.Cultures;
        return db.Items.AsNoTracking().Published().Where(i => cultures.Contains(i.Culture));
    }

    private IQueryable<string> DocumentIds() => Pages().Select(i => i.DocumentId).Distinct().OrderBy(id => id);

    private async Task<int> DocumentsPerFileAsync(SitemapAddresses addresses)
    {
        var cultures = options.Value.Cultures;
        var longestSlug = new string('x', Slug.MaxLength);
        var widest = cultures.ConvertAll(c => new SitemapPage("", c, longestSlug, DateTime.MaxValue, cultures[0]));
        var bytes = await WriteAsync(xml =>
        {
            StartUrlSet(xml);
            WriteDocument(xml, widest, addresses);
            xml.WriteEndElement();
            return Task.CompletedTask;
        });
        return DocumentsPerFile(options.Value.SitemapMaxUrls, options.Value.SitemapMaxBytes, cultures.Count, bytes.Length);
    }

    private static IQueryable<SitemapPage> Rows(IQueryable<Item> pages) =>
        pages.OrderBy(i => i.DocumentId).ThenBy(i => i.Culture)
            .Select(i => new SitemapPage(i.DocumentId, i.Culture, i.Slug, i.PublishedVersion!.PublishedUtc ?? i.PublishedVersion.CreatedUtc, i.Document.SourceCulture));

    private static async Task<byte[]> UrlSetAsync(IQueryable<Item> pages, SitemapAddresses addresses, CancellationToken ct)
    {
        var rows = Rows(pages).AsAsyncEnumerable();
        return await WriteAsync(async xml =>
        {
            StartUrlSet(xml);
            var document = new List<SitemapPage>();
            await foreach (var page in rows.WithCancellation(ct))
            {
                if (document.Count > 0 && document[0].DocumentId != page.DocumentId)
                {
                    WriteDocument(xml, document, addresses);
                    document.Clear();
                }

                document.Add(page);
            }

            WriteDocument(xml, document, addresses);
            xml.WriteEndElement();
        });
    }

    /// <summary>The numbered sitemaps, each with the newest change among its pages.</summary>
    private async Task<byte[]> IndexAsync(int perFile, SitemapAddresses addresses, CancellationToken ct)
    {
        var rows = Rows(Pages()).AsAsyncEnumerable();
        return await WriteAsync(async xml =>
        {
            xml.WriteStartElement(null, "sitemapindex", Namespace);
            var number = 1;
            var documents = 0;
            string? current = null;
            var newest = DateTime.MinValue;
            await foreach (var page in rows.WithCancellation(ct))
            {
                if (page.DocumentId != current)
                {
                    if (documents == perFile)
                    {
                        WriteIndexEntry(xml, addresses.NumberedSitemap(number++), newest);
                        (documents, newest) = (0, DateTime.MinValue);
                    }

                    current = page.DocumentId;
                    documents++;
                }

                newest = page.Updated > newest ? page.Updated : newest;
            }

            if (documents > 0)
            {
                WriteIndexEntry(xml, addresses.NumberedSitemap(number), newest);
            }

            xml.WriteEndElement();
        });
    }

    private static void StartUrlSet(XmlWriter xml)
    {
        xml.WriteStartElement(null, "urlset", Namespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
    }

    private static void WriteIndexEntry(XmlWriter xml, string location, DateTime newest)
    {
        xml.WriteStartElement(null, "sitemap", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        xml.WriteElementString("lastmod", Namespace, W3cDate(newest));
        xml.WriteEndElement();
    }

    /// <summary>One <c>url</c> per language of a document, each naming all of them and <c>x-default</c> (the source).</summary>
    private static void WriteDocument(XmlWriter xml, List<SitemapPage> pages, SitemapAddresses addresses)
    {
        if (pages.Count == 0)
        {
            return;
        }

        var source = pages.Find(p => p.Culture == p.SourceCulture) ?? pages[0];
        foreach (var page in pages)
        {
            xml.WriteStartElement(null, "url", Namespace);
            xml.WriteElementString("loc", Namespace, addresses.Page(page.Culture, page.Slug));
            xml.WriteElementString("lastmod", Namespace, W3cDate(page.Updated));
            foreach (var (language, culture, slug) in pages.Select(p => (p.Culture, p.Culture, p.Slug)).Append(("x-default", source.Culture, source.Slug)))
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", language);
                xml.WriteAttributeString("href", addresses.Page(culture, slug));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }
    }

    private static string W3cDate(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static async Task<byte[]> WriteAsync(Func<XmlWriter, Task> write)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            await write(xml);
        }

        return output.ToArray();
    }

    private sealed record SitemapPage(string DocumentId, string Culture, string Slug, DateTime Updated, string SourceCulture);
}
