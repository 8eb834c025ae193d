namespace Claro.Site.Workflow;

/// <summary>A withdrawal set for a time to come: readers see the page until <paramref name="WithdrawAt"/>, and the reason from then on.</summary>
internal sealed record ScheduledWithdrawalDto(DateTime WithdrawAt);
