using Claro.Content;

namespace Claro.Workflow;

/// <summary>
/// What a rule decided once everything was checked: the value its caller gets back, and the audit events
/// saved together with the changes it made to the document.
/// </summary>
internal sealed record Transition<T>(T Value, IReadOnlyList<AuditEvent> Audit)
{
    /// <summary>True when what readers see changed (a publish, a withdrawal), so that caches let go of the document.</summary>
    public bool ChangesWhatReadersSee { get; init; }

    /// <summary>This step and then <paramref name="next"/>, saved as one: the later step's value, the audit events of both in order.</summary>
    public Transition<T> FollowedBy(Transition<T> next) =>
        new(next.Value, [.. Audit, .. next.Audit]) { ChangesWhatReadersSee = ChangesWhatReadersSee || next.ChangesWhatReadersSee };
}
