using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Errors;

namespace MentorHub.Tests.Modules.Journey.Domain;

public sealed class JourneyTrackTests
{
    private static readonly DateTime Monday = new(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Someone = Guid.NewGuid();

    private static JourneyTrack NewCluster() => JourneyTrack.ForCluster(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public void A_cluster_that_never_moved_is_in_cycle_one_at_the_initiative()
    {
        var track = NewCluster();
        Assert.Equal(1, track.Cycle);
        Assert.Equal(JourneyPhase.Initiative, track.Phase);
        Assert.Null(track.Since);
        Assert.Empty(track.Moves);
        Assert.True(track.IsClusterWide);
    }

    [Fact]
    public void A_later_phase_is_a_move_forward_in_the_same_cycle_recorded_with_who_when_from_to_and_why()
    {
        var track = NewCluster();
        var move = track.MoveTo(JourneyPhase.MappingNeeds, Someone, "Marta Mentora", Monday, "  survey planned  ");
        Assert.Equal(MoveKind.Forward, move.Kind);
        Assert.Equal((1, JourneyPhase.Initiative), (move.FromCycle, move.FromPhase));
        Assert.Equal((1, JourneyPhase.MappingNeeds), (move.ToCycle, move.ToPhase));
        Assert.Equal(Someone, move.ByUserId);
        Assert.Equal("Marta Mentora", move.ByName);
        Assert.Equal(Monday, move.At);
        Assert.Equal("survey planned", move.Note);
        Assert.Equal((1, JourneyPhase.MappingNeeds, (DateTime?)Monday), (track.Cycle, track.Phase, track.Since));
        Assert.Single(track.Moves);
    }

    [Fact]
    public void An_earlier_phase_is_a_move_back_within_the_cycle()
    {
        var track = NewCluster();
        track.MoveTo(JourneyPhase.DevelopmentAction, Someone, "A", Monday, null);
        var back = track.MoveTo(JourneyPhase.JointPlanning, Someone, "A", Monday.AddDays(1), "the plan needs another goal");
        Assert.Equal(MoveKind.Back, back.Kind);
        Assert.Equal(1, back.ToCycle);
        Assert.Equal(JourneyPhase.JointPlanning, track.Phase);
    }

    [Fact]
    public void From_reflection_initiative_starts_the_next_cycle()
    {
        var track = NewCluster();
        track.MoveTo(JourneyPhase.Reflection, Someone, "A", Monday, null);
        var next = track.MoveTo(JourneyPhase.Initiative, Someone, "A", Monday.AddDays(1), null);
        Assert.Equal(MoveKind.NextCycle, next.Kind);
        Assert.Equal((2, JourneyPhase.Initiative), (track.Cycle, track.Phase));
    }

    [Fact]
    public void From_reflection_any_other_earlier_phase_is_back_within_the_cycle()
    {
        var track = NewCluster();
        track.MoveTo(JourneyPhase.Reflection, Someone, "A", Monday, null);
        var back = track.MoveTo(JourneyPhase.AnchoringMeeting, Someone, "A", Monday, null);
        Assert.Equal(MoveKind.Back, back.Kind);
        Assert.Equal(1, track.Cycle);
    }

    [Fact]
    public void Moving_next_walks_the_seven_phases_in_order_and_past_reflection_starts_the_next_cycle()
    {
        var track = NewCluster();
        var seen = new List<(int, JourneyPhase)>();
        for (var i = 0; i < 8; i++)
        {
            track.MoveNext(Someone, "A", Monday.AddDays(i), null);
            seen.Add((track.Cycle, track.Phase));
        }
        Assert.Equal(
        [
            (1, JourneyPhase.AnchoringMeeting), (1, JourneyPhase.JointPlanning), (1, JourneyPhase.MappingNeeds),
            (1, JourneyPhase.AcquiringNewPerspectives), (1, JourneyPhase.DevelopmentAction), (1, JourneyPhase.Reflection),
            (2, JourneyPhase.Initiative), (2, JourneyPhase.AnchoringMeeting),
        ], seen);
        Assert.All(track.Moves.Take(6), m => Assert.Equal(MoveKind.Forward, m.Kind));
        Assert.Equal(MoveKind.NextCycle, track.Moves[6].Kind);
    }

    [Theory]
    [InlineData(JourneyPhase.Initiative)]
    [InlineData(JourneyPhase.Reflection)]
    [InlineData(JourneyPhase.MappingNeeds)]
    public void Moving_to_the_phase_it_is_in_is_refused_and_changes_nothing(JourneyPhase phase)
    {
        var track = NewCluster();
        if (phase != JourneyPhase.Initiative)
        {
            track.MoveTo(phase, Someone, "A", Monday, null);
        }
        var version = track.Version;
        var refused = Assert.Throws<BusinessRuleException>(() => track.MoveTo(phase, Someone, "A", Monday.AddDays(1), null));
        Assert.Contains("Already", refused.Message, StringComparison.Ordinal);
        Assert.Equal(version, track.Version);
        Assert.Equal(phase, track.Phase);
    }

    [Fact]
    public void A_phase_outside_the_seven_is_not_a_move()
    {
        var track = NewCluster();
        Assert.Throws<ArgumentOutOfRangeException>(() => track.MoveTo((JourneyPhase)8, Someone, "A", Monday, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => track.MoveTo(0, Someone, "A", Monday, null));
    }

    [Fact]
    public void Notes_are_plain_text_of_at_most_a_thousand_characters_and_blank_notes_are_none()
    {
        var track = NewCluster();
        Assert.Null(track.MoveTo(JourneyPhase.AnchoringMeeting, Someone, "A", Monday, "   ").Note);
        Assert.Equal("<b>kept as typed</b>", track.MoveTo(JourneyPhase.JointPlanning, Someone, "A", Monday, "<b>kept as typed</b>").Note);
        Assert.Throws<BusinessRuleException>(() => track.MoveTo(JourneyPhase.MappingNeeds, Someone, "A", Monday, new string('x', 1001)));
        Assert.Equal(JourneyPhase.JointPlanning, track.Phase);
    }

    [Fact]
    public void Moves_are_recorded_in_utc()
    {
        var track = NewCluster();
        Assert.Throws<ArgumentException>(() => track.MoveTo(JourneyPhase.AnchoringMeeting, Someone, "A", DateTime.SpecifyKind(Monday, DateTimeKind.Local), null));
    }

    [Fact]
    public void Every_move_bumps_the_version()
    {
        var track = NewCluster();
        track.MoveTo(JourneyPhase.AnchoringMeeting, Someone, "A", Monday, null);
        track.MoveTo(JourneyPhase.Initiative, Someone, "A", Monday, null);
        Assert.Equal(2, track.Version);
    }

    [Fact]
    public void A_school_track_starts_where_its_cluster_stands_and_then_moves_on_its_own()
    {
        var cluster = NewCluster();
        cluster.MoveTo(JourneyPhase.MappingNeeds, Someone, "A", Monday, null);
        var school = JourneyTrack.ForSchool(cluster, "PT-1");
        Assert.Equal((1, JourneyPhase.MappingNeeds, (DateTime?)Monday), (school.Cycle, school.Phase, school.Since));
        Assert.False(school.IsClusterWide);
        var move = school.MoveTo(JourneyPhase.JointPlanning, Someone, "B", Monday.AddDays(2), "needs the plan first");
        Assert.Equal("PT-1", move.SchoolId);
        Assert.Equal(MoveKind.Back, move.Kind);
        Assert.Equal(JourneyPhase.MappingNeeds, cluster.Phase);
    }

    [Theory]
    [InlineData(1, JourneyPhase.Initiative, 1, JourneyPhase.AnchoringMeeting)]
    [InlineData(1, JourneyPhase.DevelopmentAction, 1, JourneyPhase.Reflection)]
    [InlineData(1, JourneyPhase.Reflection, 2, JourneyPhase.Initiative)]
    [InlineData(3, JourneyPhase.Reflection, 4, JourneyPhase.Initiative)]
    public void After_each_phase_comes_the_next_and_after_reflection_the_next_cycle(int cycle, JourneyPhase phase, int nextCycle, JourneyPhase next) =>
        Assert.Equal((nextCycle, next), JourneyTrack.After(cycle, phase));

    [Fact]
    public void The_contract_names_of_the_phases_parse_back_and_nothing_else_does()
    {
        foreach (var phase in JourneyPhases.All)
        {
            Assert.True(JourneyPhases.TryParse(phase.Name(), out var parsed));
            Assert.Equal(phase, parsed);
        }
        Assert.False(JourneyPhases.TryParse("Reflection", out _));
        Assert.False(JourneyPhases.TryParse("planning", out _));
        Assert.False(JourneyPhases.TryParse(null, out _));
        Assert.Equal(7, JourneyPhases.All.Count);
    }
}
