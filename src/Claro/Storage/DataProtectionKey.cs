namespace Claro.Storage;

/// <summary>
/// One ASP.NET Core data-protection key as XML. Kept in the site's database so that every web node
/// reads the same key ring: a sign-in cookie or bearer token made on one node opens on the others.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
