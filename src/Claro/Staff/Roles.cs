namespace Claro.Staff;

/// <summary>What a staff member may do. A person may hold several roles; Admin holds them all.</summary>
public static class Roles
{
    public const string Author = nameof(Author);
    public const string Translator = nameof(Translator);
    public const string Reviewer = nameof(Reviewer);
    public const string Publisher = nameof(Publisher);
    public const string Admin = nameof(Admin);

    public static IReadOnlyList<string> All { get; } = [Author, Translator, Reviewer, Publisher, Admin];
}
