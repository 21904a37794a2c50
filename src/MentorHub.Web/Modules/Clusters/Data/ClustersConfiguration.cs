using MentorHub.Web.Modules.Clusters.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Clusters.Data;

internal sealed class ClusterConfiguration : IEntityTypeConfiguration<Cluster>
{
    public void Configure(EntityTypeBuilder<Cluster> builder)
    {
        builder.ToTable("clusters_clusters");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.MentorSchoolId).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.CurrentMembers);
        builder.Ignore(x => x.CurrentMenteeIds);
        builder.Ignore(x => x.HasRoom);
        builder.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Links).WithOne().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Coordinators).WithOne().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        // A mentor leads one cluster per programme; two concurrent "first approvals" cannot open two.
        builder.HasIndex(x => new { x.ProgrammeId, x.MentorSchoolId }).IsUnique();
    }
}

internal sealed class ClusterMemberConfiguration : IEntityTypeConfiguration<ClusterMember>
{
    public void Configure(EntityTypeBuilder<ClusterMember> builder)
    {
        builder.ToTable("clusters_members");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.JoinReason).HasMaxLength(200);
        builder.Property(x => x.LeaveReason).HasMaxLength(200);
        // One open cluster per school and programme, decided by the database whatever the order of clicks.
        builder.HasIndex(x => new { x.ProgrammeId, x.SchoolId }).IsUnique().HasFilter("left_at IS NULL");
        builder.HasIndex(x => x.ClusterId);
    }
}

internal sealed class ClusterLinkConfiguration : IEntityTypeConfiguration<ClusterLink>
{
    public void Configure(EntityTypeBuilder<ClusterLink> builder)
    {
        builder.ToTable("clusters_links");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Url).HasMaxLength(1000);
    }
}

internal sealed class ClusterCoordinatorConfiguration : IEntityTypeConfiguration<ClusterCoordinator>
{
    public void Configure(EntityTypeBuilder<ClusterCoordinator> builder)
    {
        builder.ToTable("clusters_coordinators");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.SchoolId).HasMaxLength(64);
    }
}

internal sealed class ClusterRequestConfiguration : IEntityTypeConfiguration<ClusterRequest>
{
    public void Configure(EntityTypeBuilder<ClusterRequest> builder)
    {
        builder.ToTable("clusters_requests");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.MentorSchoolId).HasMaxLength(64);
        builder.Property(x => x.MenteeSchoolId).HasMaxLength(64);
        builder.Property(x => x.Direction).HasConversion<string>().HasMaxLength(20);
        // The status is the request's concurrency token: an accept and a withdraw cannot both win.
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(x => x.Message).HasMaxLength(1000);
        builder.Ignore(x => x.IsOpen);
        builder.Ignore(x => x.ResponderSchoolId);
        builder.Ignore(x => x.RequesterSchoolId);
        // At most one open request per pair, so double clicks and crossing invitations do not pile up.
        builder.HasIndex(x => new { x.ProgrammeId, x.MentorSchoolId, x.MenteeSchoolId }).IsUnique()
            .HasFilter("status IN ('Pending', 'Accepted')");
        builder.HasIndex(x => new { x.ProgrammeId, x.Status });
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("clusters_proposals");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        // Results of a national run are megabytes: unbounded text on both providers.
        builder.Property(x => x.SettingsJson).HasColumnType("text");
        builder.Property(x => x.ResultJson).HasColumnType("text");
        builder.Property(x => x.ParticipantsFingerprint).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class ProposalRunConfiguration : IEntityTypeConfiguration<ProposalRun>
{
    public void Configure(EntityTypeBuilder<ProposalRun> builder)
    {
        builder.ToTable("clusters_runs");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SettingsJson).HasColumnType("text");
        builder.Property(x => x.Stage).HasMaxLength(40);
        builder.Property(x => x.Error).HasMaxLength(2000);
    }
}
