using MentorHub.Web.Modules.Programs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Programs.Data;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.ToTable("programs_programmes");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Country).HasMaxLength(2);
        builder.Property(x => x.Languages);
        builder.HasMany(x => x.Priorities).WithOne().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Priorities).AutoInclude();
    }
}

internal sealed class NationalPriorityConfiguration : IEntityTypeConfiguration<NationalPriority>
{
    public void Configure(EntityTypeBuilder<NationalPriority> builder)
    {
        builder.ToTable("programs_priorities");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Code).HasMaxLength(80);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.HasIndex(x => new { x.ProgrammeId, x.Code }).IsUnique();
    }
}

internal sealed class HubConfiguration : IEntityTypeConfiguration<Hub>
{
    public void Configure(EntityTypeBuilder<Hub> builder)
    {
        builder.ToTable("programs_hubs");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Region).HasMaxLength(120);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Stakeholders).WithOne().HasForeignKey(x => x.HubId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.ProgrammeId, x.Name }).IsUnique();
    }
}

internal sealed class StakeholderConfiguration : IEntityTypeConfiguration<Stakeholder>
{
    public void Configure(EntityTypeBuilder<Stakeholder> builder)
    {
        builder.ToTable("programs_stakeholders");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ContactName).HasMaxLength(200);
        builder.Property(x => x.ContactEmail).HasMaxLength(254);
        builder.Property(x => x.ContactPhone).HasMaxLength(40);
        builder.Property(x => x.Website).HasMaxLength(500);
    }
}

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.ToTable("programs_participants");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.PriorityCodes);
        builder.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Hub>().WithMany().HasForeignKey(x => x.HubId).OnDelete(DeleteBehavior.SetNull);
        // One row per school and programme: the database, not only the code, refuses a second.
        builder.HasIndex(x => new { x.ProgrammeId, x.SchoolId }).IsUnique();
        builder.HasIndex(x => x.SchoolId);
    }
}
