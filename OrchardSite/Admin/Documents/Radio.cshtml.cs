using Claro.Radio;
using Claro.Site.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Claro.Site.Admin.Documents;

/// <summary>
/// <c>/admin/documents/{id}/{culture}/radio</c>: the published version as a script to read on air, in large
/// type, with how long it takes and the short link said the way listeners can type it. Prints on its own.
/// </summary>
internal sealed class RadioModel(RadioScriptService radio, SiteUrls urls, IStringLocalizer<SiteText> text) : AdminPageModel
{
    internal string DocumentId { get; private set; } = "";

    internal string Culture { get; private set; } = "";

    internal RadioScript? Script { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string culture, CancellationToken ct)
    {
        DocumentId = id;
        Culture = culture;
        Title = text["Radio script in {0}", AdminText.Culture(Culture)];
        var written = await radio.WriteAsync(id, culture, urls.BaseUrl, text, ct);
        if (written.Refusal is { } refusal)
        {
            return Refused(refusal);
        }

        Script = written.Value;
        Title = text["Radio script: {0}", Script!.Title];
        return Page();
    }

    /// <summary>"About 2 min 10 s" in the staff member's language.</summary>
    internal string Duration(RadioScript script) => script.Seconds < 60
        ? text["About {0} s", script.Seconds]
        : text["About {0} min {1} s", script.Seconds / 60, script.Seconds % 60];
}
