using MentorHub.Web.Modules.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Evaluation.Data;

internal sealed class IncentiveConfiguration : IEntityTypeConfiguration<Incentive>
{
    public void Configure(EntityTypeBuilder<Incentive> builder)
    {
        builder.ToTable("evaluation_incentives");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.Kind).HasMaxLength(20);
        builder.Property(x => x.Amount).HasPrecision(14, 2);
        builder.Property(x => x.Currency).HasMaxLength(3);
        builder.Property(x => x.Purpose).HasMaxLength(Incentive.PurposeMaxLength);
        builder.Property(x => x.RecordedByName).HasMaxLength(200);
        builder.HasIndex(x => new { x.ProgrammeId, x.RecordedAt });
        builder.HasIndex(x => new { x.ProgrammeId, x.SchoolId });
    }
}
