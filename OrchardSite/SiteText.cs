namespace Claro.Site;

/// <summary>The context of the UI strings shared by the whole site (<c>IStringLocalizer&lt;SiteText&gt;</c>).</summary>
internal sealed class SiteText;
