using MentorHub.Web.Modules.Clusters.Domain;

namespace MentorHub.Tests.Modules.Clusters.Domain;

/// <summary>
/// The rules and the cost written again, straight from the specification and independently of the
/// production code, so tests compare two implementations instead of one with itself.
/// </summary>
internal static class Reference
{
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0088;
        double rad = Math.PI / 180;
        double a = Math.Pow(Math.Sin((lat2 - lat1) * rad / 2), 2)
                   + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Pow(Math.Sin((lon2 - lon1) * rad / 2), 2);
        return 2 * r * Math.Asin(Math.Sqrt(a));
    }

    public static bool DistanceMatters(ClusterOptions o) => o.Weights.Distance > 0 || o.MaxDistanceKm is not null;

    public static double? Km(ClusterSchool a, ClusterSchool b) =>
        a.HasCoordinates && b.HasCoordinates ? Haversine(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) : null;

    private static string Family(string level) => level.Trim().ToLowerInvariant() switch
    {
        "primary" => "P",
        "lower_secondary" or "upper_secondary" or "vocational" => "S",
        "combined" => "*",
        var other => "?" + other,
    };

    public static double LevelMismatch(string a, string b)
    {
        if (string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        string fa = Family(a), fb = Family(b);
        return fa == fb || fa == "*" || fb == "*" ? 0.5 : 1;
    }

    public static bool Allowed(ClusterSchool e, ClusterSchool r, ClusterOptions o)
    {
        if (o.Forbids.Any(f => f.MenteeId == e.Id && f.MentorId == r.Id))
        {
            return false;
        }
        return SatisfiesRules(e, r, o);
    }

    public static bool SatisfiesRules(ClusterSchool e, ClusterSchool r, ClusterOptions o)
    {
        if (DistanceMatters(o))
        {
            var km = Km(e, r);
            if (km is null || (o.MaxDistanceKm is { } max && km > max))
            {
                return false;
            }
        }
        if (o.RequireSameLevelFamily && LevelMismatch(e.Level, r.Level) >= 1)
        {
            return false;
        }
        if (o.RequireSharedLanguage && !e.Languages.Any(l => r.Languages.Contains(l, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }
        return true;
    }

    public static double NeedsGap(ClusterSchool e, ClusterSchool r)
    {
        if (e.AreaScores is null || e.AreaScores.Count == 0)
        {
            return 0.5;
        }
        var weakest = e.AreaScores.OrderBy(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3).ToList();
        return weakest.Average(p => r.AreaScores is not null && r.AreaScores.TryGetValue(p.Key, out double s)
            ? Math.Max(0, 5 - s) / 4
            : 0.5);
    }

    public static double PriorityShare(ClusterSchool e, ClusterSchool r) =>
        e.Priorities.Count == 0
            ? 0.5
            : (double)e.Priorities.Count(p => r.Priorities.Contains(p, StringComparer.OrdinalIgnoreCase)) / e.Priorities.Count;

    public static double Cost(ClusterSchool e, ClusterSchool r, ClusterOptions o)
    {
        var w = o.Weights;
        double cost = 0;
        if (w.Distance > 0)
        {
            cost += w.Distance * Km(e, r)!.Value;
        }
        return cost
               + w.Level * LevelMismatch(e.Level, r.Level)
               + w.Needs * NeedsGap(e, r)
               + w.Priorities * (1 - PriorityShare(e, r));
    }

    public static int Capacity(ClusterSchool r, ClusterOptions o) =>
        o.CapacityOverrides.TryGetValue(r.Id, out int c) ? c : o.DefaultCapacity;

    /// <summary>Exhaustive search: most placed, then least cost. Only for a handful of schools.</summary>
    public static (int Placed, double Cost) BruteForce(ClusterProblem p)
    {
        var o = p.Options;
        var mentees = p.Mentees;
        var mentors = p.Mentors;
        var room = mentors.Select(r => Capacity(r, o)).ToArray();
        var pinned = new int[mentees.Count];
        Array.Fill(pinned, -1);
        foreach (var pin in o.Pins)
        {
            int i = IndexOf(mentees, pin.MenteeId), j = IndexOf(mentors, pin.MentorId);
            if (pinned[i] < 0)
            {
                pinned[i] = j;
                room[j]--;
            }
        }
        var options = mentees.Select(e => mentors.Select((r, j) => (r, j)).Where(x => Allowed(e, x.r, o))
            .Select(x => (x.j, Cost: Cost(e, x.r, o))).ToList()).ToList();

        int bestPlaced = -1;
        double bestCost = double.MaxValue;
        void Go(int i, int placed, double cost)
        {
            if (i == mentees.Count)
            {
                if (placed > bestPlaced || (placed == bestPlaced && cost < bestCost))
                {
                    bestPlaced = placed;
                    bestCost = cost;
                }
                return;
            }
            if (pinned[i] >= 0)
            {
                Go(i + 1, placed + 1, cost + Cost(mentees[i], mentors[pinned[i]], o));
                return;
            }
            Go(i + 1, placed, cost);
            foreach (var (j, c) in options[i])
            {
                if (room[j] > 0)
                {
                    room[j]--;
                    Go(i + 1, placed + 1, cost + c);
                    room[j]++;
                }
            }
        }
        Go(0, 0, 0);
        return (bestPlaced, bestCost);
    }

    private static int IndexOf(IReadOnlyList<ClusterSchool> schools, string id)
    {
        for (int k = 0; k < schools.Count; k++)
        {
            if (schools[k].Id == id)
            {
                return k;
            }
        }
        throw new ArgumentException(id);
    }
}
