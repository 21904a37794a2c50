using MentorHub.Web.Modules.SelfAssessment.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.SelfAssessment.Data;

internal sealed class StoredInstrumentConfiguration : IEntityTypeConfiguration<StoredInstrument>
{
    public void Configure(EntityTypeBuilder<StoredInstrument> builder)
    {
        builder.ToTable("selfassessment_instruments");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(100);
        builder.Property(x => x.Purpose).HasMaxLength(40);
        // Instrument documents run to tens of kilobytes.
        builder.Property(x => x.Definition).HasMaxLength(1_000_000);
        builder.Property(x => x.ContentHash).HasMaxLength(64);
    }
}

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> builder)
    {
        builder.ToTable("selfassessment_rounds");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(36);
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.InstrumentId).HasMaxLength(100);
        builder.HasOne<StoredInstrument>().WithMany().HasForeignKey(x => x.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Links).WithOne().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        // "The school's previous round of the same instrument" is looked up by these.
        builder.HasIndex(x => new { x.SchoolId, x.InstrumentId, x.OpensAt });
        builder.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class SurveyLinkConfiguration : IEntityTypeConfiguration<SurveyLink>
{
    public void Configure(EntityTypeBuilder<SurveyLink> builder)
    {
        builder.ToTable("selfassessment_links");
        builder.HasKey(x => x.Code);
        builder.Property(x => x.Code).HasMaxLength(40);
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.Group).HasColumnName("RespondentGroup").HasMaxLength(20);
        builder.HasIndex(x => new { x.RoundId, x.Group }).IsUnique();
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("selfassessment_responses");
        // The client-made id is the key: a resubmission hits the unique key, whatever the timing.
        builder.HasKey(x => x.SubmissionId);
        builder.Property(x => x.SubmissionId).ValueGeneratedNever();
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.Group).HasColumnName("RespondentGroup").HasMaxLength(20);
        builder.Property(x => x.Language).HasMaxLength(10);
        builder.Property(x => x.Answers).HasMaxLength(100_000);
        builder.Property(x => x.Comments).HasMaxLength(100_000);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.RoundId, x.Group });
    }
}

internal sealed class GroupAggregateConfiguration : IEntityTypeConfiguration<GroupAggregate>
{
    public void Configure(EntityTypeBuilder<GroupAggregate> builder)
    {
        builder.ToTable("selfassessment_group_totals");
        builder.HasKey(x => new { x.RoundId, x.Group, x.Shard });
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.Group).HasColumnName("RespondentGroup").HasMaxLength(20);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AreaAggregateConfiguration : IEntityTypeConfiguration<AreaAggregate>
{
    public void Configure(EntityTypeBuilder<AreaAggregate> builder)
    {
        builder.ToTable("selfassessment_area_totals");
        builder.HasKey(x => new { x.RoundId, x.Group, x.AreaId, x.Shard });
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.Group).HasColumnName("RespondentGroup").HasMaxLength(20);
        builder.Property(x => x.AreaId).HasMaxLength(100);
        builder.Ignore(x => x.Moments);
        builder.Ignore(x => x.Mean);
        builder.Ignore(x => x.StandardDeviation);
        builder.Ignore(x => x.AgreeShare);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItemValueCountConfiguration : IEntityTypeConfiguration<ItemValueCount>
{
    public void Configure(EntityTypeBuilder<ItemValueCount> builder)
    {
        builder.ToTable("selfassessment_item_counts");
        builder.HasKey(x => new { x.RoundId, x.ItemId, x.Value, x.Shard });
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.ItemId).HasMaxLength(100);
        builder.Property(x => x.Value).HasColumnName("AnswerValue");
        builder.Property(x => x.Count).HasColumnName("AnswerCount");
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SelfieScoreConfiguration : IEntityTypeConfiguration<SelfieScore>
{
    public void Configure(EntityTypeBuilder<SelfieScore> builder)
    {
        builder.ToTable("selfassessment_selfie_scores");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.Group).HasColumnName("RespondentGroup").HasMaxLength(20);
        builder.Property(x => x.SelfieArea).HasMaxLength(1);
        // One score per school, SELFIE date, group and area: typing a report in again replaces it.
        builder.HasIndex(x => new { x.SchoolId, x.TakenOn, x.Group, x.SelfieArea }).IsUnique();
    }
}

internal sealed class ReportShareConfiguration : IEntityTypeConfiguration<ReportShare>
{
    public void Configure(EntityTypeBuilder<ReportShare> builder)
    {
        builder.ToTable("selfassessment_report_shares");
        builder.HasKey(x => x.RoundId);
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.Areas).HasMaxLength(ReportShare.MaxAreas * 101);
        builder.Ignore(x => x.AreaIds);
        builder.Ignore(x => x.Active);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExpectedRespondentsConfiguration : IEntityTypeConfiguration<ExpectedRespondents>
{
    public void Configure(EntityTypeBuilder<ExpectedRespondents> builder)
    {
        builder.ToTable("selfassessment_expected_respondents");
        builder.HasKey(x => new { x.RoundId, x.Group });
        builder.Property(x => x.RoundId).HasMaxLength(36);
        builder.Property(x => x.Group).HasColumnName("RespondentGroup").HasMaxLength(20);
        builder.HasOne<SurveyRound>().WithMany().HasForeignKey(x => x.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
