using MentorHub.Web.Modules.Journey.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Journey.Data;

internal sealed class JourneyTrackConfiguration : IEntityTypeConfiguration<JourneyTrack>
{
    public void Configure(EntityTypeBuilder<JourneyTrack> builder)
    {
        builder.ToTable("journey_tracks");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.Phase).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.IsClusterWide);
        builder.HasMany(x => x.Moves).WithOne().HasForeignKey(x => x.TrackId).OnDelete(DeleteBehavior.Cascade);
        // One track per cluster and per school in it: two first moves at once cannot open two.
        builder.HasIndex(x => new { x.ClusterId, x.SchoolId }).IsUnique();
        // The overview reads a programme's tracks in one query.
        builder.HasIndex(x => new { x.ProgrammeId, x.ClusterId });
    }
}

internal sealed class JourneyMoveConfiguration : IEntityTypeConfiguration<JourneyMove>
{
    public void Configure(EntityTypeBuilder<JourneyMove> builder)
    {
        builder.ToTable("journey_moves");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.FromPhase).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.ToPhase).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Note).HasMaxLength(JourneyTrack.NoteMaxLength);
        builder.Property(x => x.ByName).HasMaxLength(200);
        builder.HasIndex(x => new { x.ClusterId, x.At });
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("journey_agreements");
        builder.HasKey(x => x.ClusterId);
        builder.Property(x => x.ClusterId).ValueGeneratedNever();
        builder.Property(x => x.People).HasMaxLength(AgreementText.LongMaxLength);
        builder.Property(x => x.Goals).HasMaxLength(AgreementText.LongMaxLength);
        builder.Property(x => x.Roles).HasMaxLength(AgreementText.LongMaxLength);
        builder.Property(x => x.MeetingRhythm).HasMaxLength(AgreementText.ShortMaxLength);
        builder.Property(x => x.UpdatedByName).HasMaxLength(200);
        // Two writers who read the same version cannot both save: the second gets 412.
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Ignore(x => x.Text);
        builder.HasMany(x => x.Confirmations).WithOne().HasForeignKey(x => x.ClusterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class AgreementConfirmationConfiguration : IEntityTypeConfiguration<AgreementConfirmation>
{
    public void Configure(EntityTypeBuilder<AgreementConfirmation> builder)
    {
        builder.ToTable("journey_agreement_confirmations");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.ByName).HasMaxLength(200);
        builder.HasIndex(x => new { x.ClusterId, x.SchoolId }).IsUnique();
    }
}
