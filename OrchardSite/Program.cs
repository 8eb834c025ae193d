using Claro.Site;
using Claro.Site.Links;
using Claro.Site.Reading;
using Claro.Site.Reports;
using Claro.Site.Storage;
using Claro.Site.Staff;
using Claro.Site.Translation;
using Claro.Site.Workflow;

if (await SiteCommands.TryProbeHealthAsync(args))
{
    return;
}

// The slim builder leaves out what the site does not use (IIS, HTTP/3, the Debug and EventSource loggers,
// regular-expression route constraints); HTTPS endpoints named in configuration still work.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
builder.AddClaro();

var app = builder.Build();
if (await SiteCommands.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();

app.UseClaroPipeline();
app.MapHealth();
app.MapPublicEndpoints();
app.MapDeliveryApi();
app.MapShortLinks();
app.MapAccountApi();
app.MapAdminApi();
app.MapTranslationMemory();
app.MapReports();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The site's entry point; public so that tests can host it.</summary>
public partial class Program;
