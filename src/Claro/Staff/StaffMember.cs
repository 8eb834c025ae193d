using Microsoft.AspNetCore.Identity;

namespace Claro.Staff;

/// <summary>A member of the web team who signs in to write, translate, review or publish.</summary>
public sealed class StaffMember : IdentityUser
{
}
