using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Programs;

public sealed class ParticipationTests
{
    private static Participation New() => new() { ProgrammeId = Guid.NewGuid(), SchoolId = "PT-1", Role = ParticipantRole.Mentee };

    [Theory]
    [InlineData(nameof(ParticipationStatus.Accepted))]
    [InlineData(nameof(ParticipationStatus.Active))]
    [InlineData(nameof(ParticipationStatus.Withdrawn))]
    public void An_application_can_be_accepted_activated_or_withdrawn(string status)
    {
        var next = Enum.Parse<ParticipationStatus>(status);
        var p = New();
        p.MoveTo(next);
        Assert.Equal(next, p.Status);
    }

    [Fact]
    public void A_withdrawn_school_must_apply_again_before_it_is_active()
    {
        var p = New();
        p.MoveTo(ParticipationStatus.Withdrawn);
        Assert.Throws<BusinessRuleException>(() => p.MoveTo(ParticipationStatus.Active));
        Assert.Throws<BusinessRuleException>(() => p.MoveTo(ParticipationStatus.Accepted));
        p.MoveTo(ParticipationStatus.Applied);
        Assert.Equal(ParticipationStatus.Applied, p.Status);
    }

    [Fact]
    public void An_accepted_school_cannot_go_back_to_applied()
    {
        var p = New();
        p.MoveTo(ParticipationStatus.Accepted);
        Assert.Throws<BusinessRuleException>(() => p.MoveTo(ParticipationStatus.Applied));
    }

    [Fact]
    public void Programme_rules_on_period_threshold_and_priorities()
    {
        Assert.Throws<BusinessRuleException>(() => Programme.Create("P", "PT", new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1), ["pt"], null, null));
        Assert.Throws<BusinessRuleException>(() => Programme.Create("P", "PT", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), ["pt"], 2, null));
        var p = Programme.Create("P", "pt", new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), [], null, null);
        Assert.Equal("PT", p.Country);
        Assert.Equal(5, p.AnonymityThreshold);
        Assert.Equal(["en"], p.Languages);
        Assert.Equal("stem-and-robotics", p.AddPriority("STEM and robotics").Code);
        Assert.Equal("educacao-inclusiva", p.AddPriority("Educação inclusiva").Code);
        Assert.Throws<BusinessRuleException>(() => p.AddPriority("stem AND robotics"));
    }
}
