using Claro.Staff;
using Claro.Storage;
using Microsoft.EntityFrameworkCore;

namespace Claro.Notifications;

/// <summary>The web team, loaded once per step that has someone to tell.</summary>
internal static class StaffDirectory
{
    public static async Task<IReadOnlyList<Recipient>> LoadAsync(ClaroDbContext db, string defaultCulture, CancellationToken ct)
    {
        var members = await db.Users.AsNoTracking().Where(u => u.Email != null).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        return members.Select(m => new Recipient(
            new Actor(m.Email!, roles.Where(r => r.UserId == m.Id && r.Name != null).Select(r => r.Name!).ToHashSet(StringComparer.Ordinal)),
            string.IsNullOrWhiteSpace(m.MailCulture) ? defaultCulture : m.MailCulture,
            m.MutedNotifications,
            m)).ToList();
    }
}
