using System.IO.Compression;

namespace Claro.BrowserTests;

/// <summary>CLARO_BROWSER_TRACES keeps what Playwright saw, where it says, for someone looking into a failure.</summary>
[Collection(SiteCollection.Name)]
public sealed class TracingTests(SiteFixture site) : BrowserTest(site)
{
    [Fact]
    public void CLARO_BROWSER_TRACES_turns_traces_on_and_may_name_their_folder()
    {
        Assert.Null(SiteFixture.TraceFolderFor(null));
        Assert.Null(SiteFixture.TraceFolderFor(""));
        Assert.Null(SiteFixture.TraceFolderFor("0"));
        Assert.Equal(Path.Combine(Path.GetTempPath(), "claro-browser-traces"), SiteFixture.TraceFolderFor("1"));
        Assert.Equal("/var/tmp/claro-traces", SiteFixture.TraceFolderFor("/var/tmp/claro-traces"));
    }

    [Fact]
    public async Task A_traced_context_saves_its_trace_named_after_the_test_when_it_closes()
    {
        var folder = Directory.CreateTempSubdirectory("claro-traces-").FullName;
        try
        {
            TraceFolder = folder;
            var page = await (await NewContextAsync()).NewPageAsync();
            await page.GotoAsync("/es/inmigracion");

            await CloseContextsAsync();

            var trace = Assert.Single(Directory.GetFiles(folder));
            Assert.Matches(@"/TracingTests\.A_traced_context_saves_its_trace_named_after_the_test_when_it_closes-\d+\.zip$", trace);
            using var zip = ZipFile.OpenRead(trace);
            var events = zip.Entries.Single(e => e.Name.EndsWith(".trace", StringComparison.Ordinal));
            using var reader = new StreamReader(events.Open());
            Assert.Contains(Site.BaseUrl + "/es/inmigracion", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
