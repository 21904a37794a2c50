using System.Text.Json;
using MentorHub.Web.Modules.Planning.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Planning.Data;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("planning_plans");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.CreatedBy).HasMaxLength(200);
        builder.Property(x => x.UpdatedBy).HasMaxLength(200);
        // The goals are one document written in one UPDATE together with the version: a change either
        // lands whole from the version it was made on, or not at all (ADR 0013).
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.Goals)
            .HasColumnType("text")
            .HasConversion(
                goals => JsonSerializer.Serialize(goals, Json),
                text => JsonSerializer.Deserialize<List<Goal>>(text, Json) ?? new List<Goal>(),
                new ValueComparer<List<Goal>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    goals => JsonSerializer.Serialize(goals, Json).GetHashCode(StringComparison.Ordinal),
                    goals => JsonSerializer.Deserialize<List<Goal>>(JsonSerializer.Serialize(goals, Json), Json)!));
        builder.Ignore(x => x.IsCurrent);
        builder.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        // One current plan per school and programme, whatever the order of two clicks on "new plan".
        builder.HasIndex(x => new { x.ProgrammeId, x.SchoolId }).IsUnique().HasFilter("superseded_at IS NULL");
    }
}

internal sealed class PlanEntryConfiguration : IEntityTypeConfiguration<PlanEntry>
{
    public void Configure(EntityTypeBuilder<PlanEntry> builder)
    {
        builder.ToTable("planning_entries");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Text).HasMaxLength(Plan.EntryMaxLength);
        builder.Property(x => x.Author).HasMaxLength(200);
        builder.HasIndex(x => x.PlanId);
    }
}
