using Claro.Content;
using Claro.Staff;

namespace Claro.Workflow;

/// <summary>
/// Told while a version is being approved, inside the approval's transaction: what a listener adds to the
/// database context is saved together with the approval, or not at all.
/// </summary>
public interface IApprovalListener
{
    Task VersionApprovedAsync(Document document, ContentVersion version, Actor approver, DateTime at, CancellationToken cancellationToken);
}
