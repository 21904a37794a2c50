using MentorHub.Web.Modules.Clusters.Domain;

namespace MentorHub.Tests.Modules.Clusters.Domain;

/// <summary>What must hold for every proposal, whatever the instance.</summary>
internal static class Invariants
{
    public static void Check(ClusterProblem p, ClusterProposal proposal)
    {
        var o = p.Options;
        var mentees = p.Mentees.ToDictionary(s => s.Id);
        var mentors = p.Mentors.ToDictionary(s => s.Id);

        var covered = proposal.Assignments.Select(a => a.MenteeId).Concat(proposal.Unassigned.Select(u => u.SchoolId)).ToList();
        Assert.Equal(p.Mentees.Count, covered.Count);
        Assert.Equal(mentees.Keys.OrderBy(x => x, StringComparer.Ordinal), covered.OrderBy(x => x, StringComparer.Ordinal));

        var load = new Dictionary<string, int>();
        double sum = 0;
        foreach (var a in proposal.Assignments)
        {
            var e = mentees[a.MenteeId];
            var r = mentors[a.MentorId];
            load[a.MentorId] = load.GetValueOrDefault(a.MentorId) + 1;
            Assert.True(Reference.Allowed(e, r, o), $"{a.MenteeId} → {a.MentorId} breaks a rule or a forbid");
            double expected = Reference.Cost(e, r, o);
            Assert.True(Math.Abs(expected - a.Cost) <= 1e-9 * Math.Max(1, expected), $"cost {a.Cost} vs reference {expected}");
            Assert.Equal(Reference.Km(e, r) is null, a.DistanceKm is null);
            if (a.DistanceKm is { } km)
            {
                Assert.True(Math.Abs(km - Reference.Km(e, r)!.Value) < 1e-9);
            }
            if (o.Weights == ClusterWeights.DistanceOnly)
            {
                Assert.Equal(a.DistanceKm!.Value, a.Cost, 9);
            }
            Assert.NotEmpty(a.Reasons);
            Assert.All(a.Reasons, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            Assert.Equal(o.Pins.Any(x => x.MenteeId == a.MenteeId), a.Pinned);
            if (a.Pinned)
            {
                Assert.Contains("pinned by the coordinator", a.Reasons);
            }
            sum += a.Cost;
        }
        foreach (var (mentorId, n) in load)
        {
            Assert.True(n <= Reference.Capacity(mentors[mentorId], o), $"{mentorId} over capacity");
        }
        foreach (var pin in o.Pins)
        {
            Assert.Contains(proposal.Assignments, a => a.MenteeId == pin.MenteeId && a.MentorId == pin.MentorId);
        }
        Assert.Equal(sum, proposal.TotalCost, 6);
        foreach (var u in proposal.Unassigned)
        {
            Assert.False(string.IsNullOrWhiteSpace(u.Reason));
            // A placeable mentee left out next to a mentor with room would mean fewer placed than possible.
            var e = mentees[u.SchoolId];
            Assert.DoesNotContain(p.Mentors, r => Reference.Allowed(e, r, o) && load.GetValueOrDefault(r.Id) < Reference.Capacity(r, o));
        }
        Assert.True(proposal.Optimal);
        Assert.True(proposal.Greedy.Placed <= proposal.Placed);
        if (proposal.Greedy.Placed == proposal.Placed)
        {
            Assert.True(proposal.Greedy.TotalCost >= proposal.TotalCost - 1e-4 * Math.Max(1, proposal.Placed));
        }
    }
}
