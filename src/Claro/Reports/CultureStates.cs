namespace Claro.Reports;

public static class CultureStates
{
    public const string Published = "published";
    public const string Outdated = "outdated";
    public const string Withdrawn = "withdrawn";
    public const string NotPublished = "notPublished";
}
