namespace Claro.Staff;

/// <summary>Who is acting: the host passes it in, the library never reads a request.</summary>
public sealed record Actor(string Email, IReadOnlySet<string> Roles)
{
    public static Actor System(string name) => new(name, new HashSet<string>(Staff.Roles.All));

    public bool Has(string role) => Roles.Contains(role) || Roles.Contains(Staff.Roles.Admin);

    public bool HasAny(params string[] roles) => Array.Exists(roles, Has);
}
