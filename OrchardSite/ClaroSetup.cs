using Claro.Links;
using Claro.Localization;
using Claro.Radio;
using Claro.Notifications;
using Claro.Reports;
using Claro.Reading;
using Claro.Recipes;
using Claro.Site.Links;
using Claro.Site.Localization;
using Claro.Site.Notifications;
using Claro.Site.Reading;
using Claro.Site.Storage;
using Claro.Site.Staff;
using Claro.Site.Workflow;
using Claro.Staff;
using Claro.Storage;
using Claro.Translation;
using Claro.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.ResponseCompression;

namespace Claro.Site;

/// <summary>Wires the library to the web: one call for the services, one for the middleware.</summary>
internal static class ClaroSetup
{
    public static void AddClaro(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Read once and checked before anything starts (commands included): registering the services needs the settings already.
        var options = (builder.Configuration.GetSection(ClaroOptions.Section).Get<ClaroOptions>() ?? new ClaroOptions()).Complete();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.AddSingleton(TimeProvider.System);

        services.AddKnownProxies(options);

        // The first listener of a publish: readers' caches, here and on other nodes, let go of pages only once the links
        // to it are rendered again and the search index holds its new text.
        services.AddScoped<PageLinks>();
        services.AddScoped<IPublicationListener, PublishedPageStores>();
        services.AddClaroStorage(builder.Configuration, builder.Environment, options);
        services.AddPoLocalization(FindFolder(builder.Environment, options.TranslationsPath), options.Cultures);
        services.AddStaffAccounts();

        services.AddScoped<NotificationPlanner>();
        services.AddScoped<MailOutbox>();
        services.AddHostedService<MailSender>();
        services.AddScoped<EditorialService>();
        services.AddScoped<PublicationSchedule>();
        services.AddScoped<RecipeImporter>();
        services.AddScoped<Sitemap>();
        services.AddScoped<RecipeExporter>();
        services.AddScoped<XliffService>();
        services.AddScoped<TranslationMemory>();
        services.AddScoped<IApprovalListener>(provider => provider.GetRequiredService<TranslationMemory>());
        services.AddSingleton(Glossary.Load(Path.Combine(FindFolder(builder.Environment, options.TranslationsPath), "glossary.csv")));
        services.AddScoped<ShortLinkService>();
        services.AddSingleton<ShortLinkHitCounter>();
        services.AddSingleton<IDailyCounts>(provider => provider.GetRequiredService<ShortLinkHitCounter>());
        services.AddSingleton<ShortLinkTargets>();
        services.AddSingleton(Pronunciation.LoadAll(FindFolder(builder.Environment, options.TranslationsPath), options.Cultures));
        services.AddScoped<RadioScriptService>();
        services.AddSingleton<PageViewCounts>();
        services.AddSingleton<IDailyCounts>(provider => provider.GetRequiredService<PageViewCounts>());
        services.AddHostedService<DailyCountsFlusher>();
        services.AddScoped<LanguageAccessReport>();
        services.AddScoped<IPublicationListener, ReaderCacheEviction>();
        services.AddHostedService<ScheduledPublisher>();

        services.Configure<RouteOptions>(routes => routes.SetParameterPolicy<SiteCultureConstraint>("culture"));
        services.AddHttpContextAccessor();
        services.AddScoped<SiteUrls>();
        services.AddRazorPages(razor =>
        {
            razor.RootDirectory = "/";
            razor.Conventions.AuthorizeFolder("/Admin", StaffAccounts.StaffPagesPolicy);
            razor.Conventions.AllowAnonymousToPage("/Admin/Login");
        })
            // The site has Razor Pages and minimal APIs but no MVC controllers: no start needs to look for them.
            .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Remove(parts.FeatureProviders.OfType<ControllerFeatureProvider>().Single()));
        services.AddProblemDetails();
        services.AddReaderCaching(options);
        services.AddResponseCompression(compression =>
        {
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            compression.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "application/xliff+xml"]);
        });
        // Spanish text stays readable (and smaller) in the HTML: encode only what HTML requires.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(encoders =>
            encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen => listen.UseNulInPathRepair()));
        builder.AddRequestLimits();
        services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        services.ReadKeyRingOnFirstUse();
    }

    /// <summary>
    /// A folder named relative to the content root, else beside the program: <c>dotnet run</c> serves from the
    /// project folder while the build copies shared folders such as <c>translations/</c> next to the program.
    /// </summary>
    private static string FindFolder(IHostEnvironment environment, string path)
    {
        var fromContentRoot = Path.GetFullPath(path, environment.ContentRootPath);
        return Directory.Exists(fromContentRoot) ? fromContentRoot : Path.GetFullPath(path, AppContext.BaseDirectory);
    }

    public static void UseClaroPipeline(this WebApplication app)
    {
        app.UseKnownProxies(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ClaroOptions>>().Value);
        app.UseReaderHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler(RequestErrors.HandlerOptions("/error/500"));
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        // In front of the cache, so that a page served from it is counted too.
        app.UsePageViewCounting();
        // First, so that a cached page skips everything below; before compression, so that it caches compressed bytes.
        app.UseReaderCaching();
        // Staff pages carry antiforgery tokens: leave them uncompressed so that compression cannot leak them (BREACH).
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase), reader => reader.UseResponseCompression());
        app.UseCultureFromPath();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCultureRouteValue();
        app.UseOrchardAddresses();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
