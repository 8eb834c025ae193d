namespace Claro.Workflow;

/// <summary>Why the library refused a request; the host turns each kind into its HTTP status.</summary>
public enum RefusalKind
{
    Invalid,
    Forbidden,
    NotFound,
    Conflict,
}

/// <summary>A refusal a person can act on: a short title and a detail that says what to do.</summary>
public sealed record Refusal(RefusalKind Kind, string Title, string Detail)
{
    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, "The request is not valid.", detail);

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, "You may not do this.", detail);

    public static Refusal NotFound(string detail) => new(RefusalKind.NotFound, "Not found.", detail);

    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, "This conflicts with the current state.", detail);
}

/// <summary>Either a value or the reason there is none.</summary>
public readonly record struct Outcome<T>(T? Value, Refusal? Refusal)
{
    public bool Succeeded => Refusal is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Refusal refusal) => new(default, refusal);
}
