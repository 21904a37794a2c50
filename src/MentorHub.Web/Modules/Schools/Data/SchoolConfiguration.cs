using MentorHub.Web.Modules.Schools.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.Schools.Data;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("schools_schools");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).HasMaxLength(64);
        builder.Property(x => x.Name).HasMaxLength(300);
        builder.Property(x => x.Country).HasMaxLength(2);
        builder.Property(x => x.Region).HasMaxLength(120);
        builder.Property(x => x.Municipality).HasMaxLength(120);
        builder.Property(x => x.Language).HasMaxLength(10);
        builder.Property(x => x.Level).HasConversion(v => v.Code(), v => Parse(v)).HasMaxLength(20);
        builder.Property(x => x.SearchText).HasMaxLength(700);
        builder.HasIndex(x => new { x.Country, x.Name });
    }

    private static SchoolLevel Parse(string code) => SchoolLevels.TryParse(code, out var level) ? level : SchoolLevel.Combined;
}
