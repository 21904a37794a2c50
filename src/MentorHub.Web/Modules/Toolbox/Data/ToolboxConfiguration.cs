using MentorHub.Web.Modules.Toolbox.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Toolbox.Data;

internal sealed class ProgrammeMethodConfiguration : IEntityTypeConfiguration<ProgrammeMethod>
{
    public void Configure(EntityTypeBuilder<ProgrammeMethod> builder)
    {
        builder.ToTable("toolbox_methods");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Level).HasMaxLength(20);
        builder.Property(x => x.AreaIds);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => x.ProgrammeId);
        builder.OwnsMany(x => x.Texts, t =>
        {
            t.ToTable("toolbox_method_texts");
            t.WithOwner().HasForeignKey("MethodId");
            t.HasKey("MethodId", nameof(ProgrammeMethodText.Language));
            t.Property(x => x.Language).HasMaxLength(10);
            t.Property(x => x.Name).HasMaxLength(ProgrammeMethod.NameMaxLength);
            t.Property(x => x.Purpose).HasMaxLength(ProgrammeMethod.PurposeMaxLength);
            t.Property(x => x.Steps).HasMaxLength(12000);
            t.Property(x => x.Resources).HasMaxLength(12000);
        });
    }
}

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("toolbox_inquiries");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.SchoolId).HasMaxLength(64);
        builder.Property(x => x.AuthorName).HasMaxLength(200);
        builder.Property(x => x.Team).HasMaxLength(Inquiry.TitleMaxLength);
        builder.Property(x => x.Title).HasMaxLength(Inquiry.TitleMaxLength);
        builder.Property(x => x.MethodId).HasMaxLength(64);
        foreach (var text in new[] { nameof(Inquiry.Question), nameof(Inquiry.Assumptions), nameof(Inquiry.DataToCollect), nameof(Inquiry.Findings), nameof(Inquiry.PracticeChange) })
        {
            builder.Property(text).HasMaxLength(Inquiry.TextMaxLength);
        }
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.ProgrammeId, x.SchoolId });
    }
}
