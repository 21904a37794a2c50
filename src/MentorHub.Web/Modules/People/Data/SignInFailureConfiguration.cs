using MentorHub.Web.Modules.People.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MentorHub.Web.Modules.People.Data;

internal sealed class SignInFailureConfiguration : IEntityTypeConfiguration<SignInFailure>
{
    public void Configure(EntityTypeBuilder<SignInFailure> builder)
    {
        builder.ToTable("people_sign_in_failures");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.EmailHash).HasMaxLength(64);
        builder.Property(x => x.ClientAddress).HasMaxLength(64);
        builder.HasIndex(x => new { x.ClientAddress, x.EmailHash, x.OccurredAt });
        builder.HasIndex(x => new { x.ClientAddress, x.OccurredAt });
        builder.HasIndex(x => x.OccurredAt);
    }
}
