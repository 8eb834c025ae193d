// An empty ASP.NET Core site: the slim builder, as OrchardSite uses, and one fixed page at /es/.
// bench/startup.sh starts it next to the real site to tell the site's own start-up from the framework's.
const string Page = """
    <!DOCTYPE html>
    <html lang="es">
    <head><meta charset="utf-8"><title>Claro</title></head>
    <body><main><h1>Claro</h1><p>Una página fija, para medir el arranque.</p></main></body>
    </html>
    """;

var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
app.MapGet("/es/", () => Results.Content(Page, "text/html; charset=utf-8"));
await app.RunAsync();
