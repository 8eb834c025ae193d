namespace Claro.Recipes.Format;

/// <summary>An entry of the <c>ClaroDocuments</c> step: what a document holds beyond its items.</summary>
internal sealed record ClaroDocument
{
    public string? LocalizationSet { get; init; }

    public string? SourceCulture { get; init; }

    public DateTime? CreatedUtc { get; init; }

    public DateTime? WithdrawnUtc { get; init; }

    public string? WithdrawnReason { get; init; }

    public DateTime? WithdrawAtUtc { get; init; }

    public string? WithdrawAtReason { get; init; }

    public DateOnly? ReviewBy { get; init; }

    public DateOnly? ReviewRemindedFor { get; init; }
}
