namespace Claro;

/// <summary>Why the library refused a request; the host turns each kind into its HTTP status.</summary>
public enum RefusalKind
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}
