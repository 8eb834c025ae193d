using System.Globalization;

namespace Claro;

/// <summary>A refusal a person can act on: a short title and a detail that says what to do.</summary>
public sealed record Refusal(RefusalKind Kind, string Title, string Detail)
{
    /// <summary>The detail before its values were filled in, so that staff pages can show it translated; null when the detail is fixed text.</summary>
    public string? DetailTemplate { get; init; }

    /// <summary>The values <see cref="DetailTemplate"/> is filled with.</summary>
    public IReadOnlyList<object> DetailArguments { get; init; } = [];

    /// <summary>The documented limit the request went past (such as <c>body-length</c>), for programs; null for other refusals.</summary>
    public string? Limit { get; init; }

    public static Refusal Invalid(string detail) => new(RefusalKind.Invalid, "The request is not valid.", detail);

    public static Refusal Forbidden(string detail) => new(RefusalKind.Forbidden, "You may not do this.", detail);

    public static Refusal NotFound(string detail) => new(RefusalKind.NotFound, "Not found.", detail);

    public static Refusal Conflict(string detail) => new(RefusalKind.Conflict, "This conflicts with the current state.", detail);

    /// <summary>A text past one of the documented limits: names the limit, and keeps its template for translation.</summary>
    public static Refusal OverLimit(string limit, string template, params object[] arguments) =>
        new(RefusalKind.Invalid, "The text is over a limit.", string.Format(CultureInfo.InvariantCulture, template, arguments))
        {
            DetailTemplate = template,
            DetailArguments = arguments,
            Limit = limit,
        };
}
