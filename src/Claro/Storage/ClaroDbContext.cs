using Claro.Content;
using Claro.Links;
using Claro.Notifications;
using Claro.Reading;
using Claro.Staff;
using Claro.Translation;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Claro.Storage;

/// <summary>
/// The content store and the staff accounts on one database. The model is provider-neutral;
/// each provider has a subclass of its own only so that it can keep its own migrations.
/// </summary>
public abstract class ClaroDbContext(DbContextOptions options) : IdentityDbContext<StaffMember>(options)
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<Item> Items => Set<Item>();

    public DbSet<ContentVersion> Versions => Set<ContentVersion>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ShortLink> ShortLinks => Set<ShortLink>();

    public DbSet<ShortLinkHit> ShortLinkHits => Set<ShortLinkHit>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PageLink> PageLinks => Set<PageLink>();

    public DbSet<MemoryUnit> TranslationMemory => Set<MemoryUnit>();
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<PageView> PageViews => Set<PageView>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    public const string DocumentsTable = "Documents";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Document>(document =>
        {
            document.ToTable(DocumentsTable);
            document.Property(d => d.Id).HasMaxLength(64);
            document.Property(d => d.SourceCulture).HasMaxLength(16);
            document.Property(d => d.WithdrawnReason).HasMaxLength(Document.MaxWithdrawnReason);
            document.Property(d => d.Revision).IsConcurrencyToken();
            document.HasMany(d => d.Items).WithOne(i => i.Document).HasForeignKey(i => i.DocumentId);
            document.Property(d => d.WithdrawalScheduledReason).HasMaxLength(Document.MaxWithdrawnReason);
            document.HasIndex(d => d.WithdrawalScheduledUtc);
            document.HasIndex(d => d.ReviewBy);
            document.Ignore(d => d.IsWithdrawn);
            document.Ignore(d => d.WasEverPublished);
            document.Ignore(d => d.FirstPublishedUtc);
            document.Ignore(d => d.Owner);
        });

        builder.Entity<Item>(item =>
        {
            item.ToTable("Items");
            item.Property(i => i.Id).HasMaxLength(64);
            item.Property(i => i.DocumentId).HasMaxLength(64);
            item.Property(i => i.Culture).HasMaxLength(16);
            item.Property(i => i.Slug).HasMaxLength(Slug.MaxLength);
            item.HasIndex(i => new { i.Culture, i.Slug }).IsUnique();
            item.HasIndex(i => new { i.DocumentId, i.Culture }).IsUnique();
            item.Property(i => i.OrchardPath).HasMaxLength(Slug.MaxPathLength);
            item.HasIndex(i => i.OrchardPath);
            item.HasMany(i => i.Versions).WithOne(v => v.Item).HasForeignKey(v => v.ItemId);
            item.HasOne(i => i.PublishedVersion).WithMany().HasForeignKey(i => i.PublishedVersionId)
                .IsRequired(false).OnDelete(DeleteBehavior.Restrict);
            item.Ignore(i => i.Latest);
            item.Ignore(i => i.Published);
        });

        builder.Entity<ContentVersion>(version =>
        {
            version.ToTable("Versions");
            version.Property(v => v.Id).HasMaxLength(64);
            version.Property(v => v.ItemId).HasMaxLength(64);
            version.Property(v => v.Slug).HasMaxLength(Slug.MaxLength);
            version.Property(v => v.Title).HasMaxLength(300);
            version.Property(v => v.Summary).HasMaxLength(2000);
            version.Property(v => v.ChangeNote).HasMaxLength(2000);
            version.Property(v => v.Author).HasMaxLength(256);
            version.Property(v => v.State).HasConversion<string>().HasMaxLength(16);
            version.HasIndex(v => new { v.ItemId, v.Number }).IsUnique();
            version.HasIndex(v => new { v.State, v.ScheduledPublishUtc });
        });

        builder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("AuditEvents");
            audit.Property(a => a.DocumentId).HasMaxLength(64);
            audit.Property(a => a.Actor).HasMaxLength(256);
            audit.Property(a => a.Action).HasMaxLength(32);
            audit.Property(a => a.Culture).HasMaxLength(16);
            audit.Property(a => a.FromState).HasConversion<string>().HasMaxLength(16);
            audit.Property(a => a.ToState).HasConversion<string>().HasMaxLength(16);
            audit.HasIndex(a => new { a.DocumentId, a.Id });
        });

        builder.Entity<ShortLink>(link =>
        {
            link.ToTable("ShortLinks");
            link.HasKey(l => l.Code);
            link.Property(l => l.Code).HasMaxLength(64);
            link.Property(l => l.DocumentId).HasMaxLength(64);
            link.Property(l => l.Culture).HasMaxLength(16);
            link.Property(l => l.CreatedBy).HasMaxLength(256);
            link.HasOne<Document>().WithMany().HasForeignKey(l => l.DocumentId);
            link.HasMany(l => l.Hits).WithOne().HasForeignKey(h => h.Code);
        });

        builder.Entity<ShortLinkHit>(hit =>
        {
            hit.ToTable("ShortLinkHits");
            hit.HasKey(h => new { h.Code, h.Day });
        });

        builder.Entity<PageLink>(link =>
        {
            link.ToTable("PageLinks");
            link.HasKey(l => new { l.VersionId, l.Target });
            link.Property(l => l.VersionId).HasMaxLength(64);
            link.Property(l => l.Target).HasMaxLength(PageLink.MaxTarget);
            link.Property(l => l.Path).HasMaxLength(Slug.MaxLength + 20);
            link.Property(l => l.DocumentId).HasMaxLength(64);
            link.Property(l => l.Href).HasMaxLength(PageLink.MaxTarget + Slug.MaxLength + 20);
            link.HasOne<ContentVersion>().WithMany().HasForeignKey(l => l.VersionId);
            link.HasOne<Document>().WithMany().HasForeignKey(l => l.DocumentId).IsRequired(false);
            link.HasIndex(l => l.DocumentId);
            link.HasIndex(l => l.Path);
        });

        builder.Entity<MemoryUnit>(unit =>
        {
            unit.ToTable("TranslationMemory");
            unit.Property(u => u.SourceCulture).HasMaxLength(16);
            unit.Property(u => u.TargetCulture).HasMaxLength(16);
            unit.Property(u => u.SourceKey).HasMaxLength(64);
            unit.Property(u => u.PairKey).HasMaxLength(64);
            unit.Property(u => u.DocumentId).HasMaxLength(64);
            unit.Property(u => u.RememberedBy).HasMaxLength(256);
            unit.HasIndex(u => new { u.SourceCulture, u.TargetCulture, u.SourceKey });
            unit.HasIndex(u => new { u.SourceCulture, u.TargetCulture, u.SourceWords });
            unit.HasIndex(u => new { u.SourceCulture, u.TargetCulture, u.PairKey }).IsUnique();
        });

        builder.Entity<StaffMember>(member =>
        {
            member.Property(m => m.MailCulture).HasMaxLength(16);
            member.Property(m => m.TranslatesCultures).HasMaxLength(200);
        });

        builder.Entity<Notification>(mail =>
        {
            mail.ToTable("Notifications");
            mail.Property(n => n.To).HasMaxLength(256);
            mail.Property(n => n.DocumentId).HasMaxLength(64);
            mail.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
            mail.Property(n => n.Subject).HasMaxLength(Notification.MaxSubject);
            mail.Property(n => n.LastError).HasMaxLength(Notification.MaxError);
            mail.HasIndex(n => new { n.SentUtc, n.NextAttemptUtc });
        });

        builder.Entity<PageView>(view =>
        {
            view.ToTable("PageViews");
            view.HasKey(v => new { v.DocumentId, v.Culture, v.Day });
            view.Property(v => v.DocumentId).HasMaxLength(64);
            view.Property(v => v.Culture).HasMaxLength(16);
            view.HasIndex(v => v.Day);
        });

        builder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.Property(k => k.FriendlyName).HasMaxLength(256);
        });
    }

    // Internal, not private: the compiled model (Storage/CompiledModels) creates them.
    internal sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    internal sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v == null ? v : v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime(),
        v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
}

/// <summary>The embedded store: one SQLite file in write-ahead-log mode.</summary>
public sealed class SqliteClaroDbContext(DbContextOptions<SqliteClaroDbContext> options) : ClaroDbContext(options);

/// <summary>The shared store of a department that runs several web nodes: one PostgreSQL database, through Npgsql.</summary>
public sealed class PostgresClaroDbContext(DbContextOptions<PostgresClaroDbContext> options) : ClaroDbContext(options);
