using MentorHub.Web.Modules.Activities.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Activities.Data;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities_activities");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Title).HasMaxLength(ActivityRules.TitleMaxLength);
        builder.Property(x => x.Format).HasMaxLength(64);
        builder.Property(x => x.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.HostSchoolId).HasMaxLength(64);
        builder.Property(x => x.Topic).HasMaxLength(ActivityRules.TopicMaxLength);
        builder.Property(x => x.CostAmount).HasPrecision(14, 2);
        builder.Property(x => x.CostCurrency).HasMaxLength(3);
        builder.Property(x => x.MethodId).HasMaxLength(64);
        builder.Property(x => x.RecordingUrl).HasMaxLength(ActivityRules.UrlMaxLength);
        builder.PrimitiveCollection(x => x.GoalIds);
        builder.PrimitiveCollection(x => x.PriorityIds);
        builder.PrimitiveCollection(x => x.Links);
        builder.Ignore(x => x.EndsAt);
        builder.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // The list and the calendar read a cluster's activities by date; the overview reads the latest per
        // cluster, by when it took place and by when it was logged, from these two indexes alone.
        builder.HasIndex(x => new { x.ClusterId, x.StartsAt });
        builder.HasIndex(x => new { x.ClusterId, x.CreatedAt });
        builder.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class ActivityParticipantConfiguration : IEntityTypeConfiguration<ActivityParticipant>
{
    public void Configure(EntityTypeBuilder<ActivityParticipant> builder)
    {
        builder.ToTable("activities_participants");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.HasIndex(x => new { x.ActivityId, x.SchoolId }).IsUnique();
    }
}

internal sealed class ReflectionConfiguration : IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Reflection> builder)
    {
        builder.ToTable("activities_reflections");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        foreach (var text in new[] { nameof(Reflection.Did), nameof(Reflection.Learned), nameof(Reflection.Hard), nameof(Reflection.Next), nameof(Reflection.MentorComment) })
        {
            builder.Property(text).HasMaxLength(Reflection.TextMaxLength);
        }
        builder.HasOne<Activity>().WithMany().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // One reflection per school and activity, and per school and term; two saves at once cannot make two.
        builder.HasIndex(x => new { x.ActivityId, x.SchoolId }).IsUnique().HasFilter("activity_id IS NOT NULL");
        builder.HasIndex(x => new { x.ClusterId, x.SchoolId, x.TermStart }).IsUnique().HasFilter("term_start IS NOT NULL");
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("activities_calendar_feeds");
        builder.HasKey(x => x.ClusterId);
        builder.Property(x => x.TokenHash).HasMaxLength(64);
    }
}
