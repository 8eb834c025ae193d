using Claro.Staff;
using Microsoft.AspNetCore.Identity;

namespace Claro.Site.Staff;

/// <summary>Holds every password a person chooses to <see cref="PasswordRules"/>.</summary>
internal sealed class StaffPasswordValidator : IPasswordValidator<StaffMember>
{
    public Task<IdentityResult> ValidateAsync(UserManager<StaffMember> manager, StaffMember user, string? password) =>
        Task.FromResult(PasswordRules.Problem(password, user.Email) is { } problem
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordRules", Description = problem })
            : IdentityResult.Success);
}
