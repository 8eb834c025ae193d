namespace Claro.Site.Workflow;

/// <summary>A scheduled withdrawal called off: the page stays; <paramref name="Cancelled"/> is the time it was to go.</summary>
internal sealed record CancelledWithdrawalDto(DateTime Cancelled);
