using MentorHub.Web.Modules.Clusters.Domain;

namespace MentorHub.Tests.Modules.Clusters.Domain;

/// <summary>Seeded random instances; every case is reproducible from its seed.</summary>
internal static class Instances
{
    private static readonly string[] Levels = ["primary", "lower_secondary", "upper_secondary", "vocational", "combined", "Primary", "special"];
    private static readonly string[] Languages = ["pt", "en", "es"];
    private static readonly string[] Priorities = ["STEM and robotics", "small/rural schools", "personalised learning", "flexible learning spaces"];
    private static readonly string[] Areas = ["vision", "leadership", "collaboration", "pedagogy", "infrastructure"];

    public static ClusterSchool School(string id, double? lat, double? lon, string level = "primary",
        string[]? languages = null, string[]? priorities = null, Dictionary<string, double>? areas = null) =>
        new(id, lat, lon, level, new HashSet<string>(languages ?? ["pt"]), new HashSet<string>(priorities ?? []), areas);

    public static ClusterSchool RandomSchool(Random rng, string id, double noCoordinatesShare, (double Lat, double Lon)[] towns, double spreadDeg)
    {
        double? lat = null, lon = null;
        if (rng.NextDouble() >= noCoordinatesShare)
        {
            var t = towns[rng.Next(towns.Length)];
            lat = t.Lat + (rng.NextDouble() - 0.5) * spreadDeg;
            lon = t.Lon + (rng.NextDouble() - 0.5) * spreadDeg;
        }
        var languages = Languages.Where(_ => rng.NextDouble() < 0.4).ToArray();
        var priorities = Priorities.Where(_ => rng.NextDouble() < 0.35).ToArray();
        Dictionary<string, double>? areas = rng.NextDouble() < 0.2
            ? null
            : Areas.Where(_ => rng.NextDouble() < 0.8).ToDictionary(a => a, _ => Math.Round(1 + 4 * rng.NextDouble(), 2));
        return School(id, lat, lon, Levels[rng.Next(Levels.Length)], languages, priorities, areas);
    }

    public static (double, double)[] Towns(Random rng, int count, double latSpan = 1.5, double lonSpan = 1.5) =>
        [.. Enumerable.Range(0, count).Select(_ => (38 + rng.NextDouble() * latSpan, -9.5 + rng.NextDouble() * lonSpan))];

    public static ClusterWeights RandomWeights(Random rng) => rng.Next(5) switch
    {
        0 => ClusterWeights.DistanceOnly,
        1 => new ClusterWeights(0, rng.NextDouble() * 30, rng.NextDouble() * 30, rng.NextDouble() * 30),
        2 => new ClusterWeights(rng.NextDouble() * 3, 0, 0, 0),
        _ => new ClusterWeights(rng.NextDouble() * 2, rng.NextDouble() * 30, rng.NextDouble() * 30, rng.NextDouble() * 30),
    };

    /// <summary>A random instance with rules, capacity overrides, forbids and valid pins.</summary>
    public static ClusterProblem Random(int seed, int maxMentees, int maxMentors, int towns = 3, double spreadDeg = 0.4, bool allowNoCoordinates = true, int minMentees = 0, int minMentors = 0)
    {
        var rng = new Random(seed);
        var townList = Towns(rng, towns);
        double noCoordinates = allowNoCoordinates && rng.NextDouble() < 0.3 ? 0.15 : 0;
        var mentees = Enumerable.Range(0, rng.Next(minMentees, maxMentees + 1))
            .Select(k => RandomSchool(rng, $"E{k}", noCoordinates, townList, spreadDeg)).ToList();
        var mentors = Enumerable.Range(0, rng.Next(minMentors, maxMentors + 1))
            .Select(k => RandomSchool(rng, $"R{k}", noCoordinates, townList, spreadDeg)).ToList();
        var options = new ClusterOptions
        {
            DefaultCapacity = rng.Next(8) == 0 ? 0 : 1 + rng.Next(3),
            CapacityOverrides = mentors.Where(_ => rng.NextDouble() < 0.2).ToDictionary(r => r.Id, _ => rng.Next(5)),
            MaxDistanceKm = rng.NextDouble() < 0.3 ? 5 + rng.NextDouble() * 40 : null,
            RequireSameLevelFamily = rng.NextDouble() < 0.3,
            RequireSharedLanguage = rng.NextDouble() < 0.2,
            Weights = RandomWeights(rng),
        };
        var forbids = new List<SchoolPair>();
        foreach (var e in mentees)
        {
            foreach (var r in mentors)
            {
                if (rng.NextDouble() < 0.08)
                {
                    forbids.Add(new SchoolPair(e.Id, r.Id));
                }
            }
        }
        options = options with { Forbids = forbids };

        var pins = new List<SchoolPair>();
        var room = mentors.ToDictionary(r => r.Id, r => Reference.Capacity(r, options));
        foreach (var e in mentees.Where(_ => rng.NextDouble() < 0.15))
        {
            var choices = mentors.Where(r => room[r.Id] > 0 && Reference.Allowed(e, r, options)).ToList();
            if (choices.Count > 0)
            {
                var r = choices[rng.Next(choices.Count)];
                room[r.Id]--;
                pins.Add(new SchoolPair(e.Id, r.Id));
            }
        }
        return new ClusterProblem(mentees, mentors, options with { Pins = pins });
    }

    /// <summary>Towns of uneven size over a Portugal-sized box, with every fifth school a mentor.</summary>
    public static ClusterProblem National(int schools, int seed, ClusterOptions options)
    {
        var rng = new Random(seed);
        var towns = Enumerable.Range(0, Math.Max(3, schools / 50))
            .Select(_ => (Lat: 37 + rng.NextDouble() * 5, Lon: -9.5 + rng.NextDouble() * 3.3, Weight: Math.Pow(rng.NextDouble(), 3)))
            .ToArray();
        double total = towns.Sum(t => t.Weight);
        var all = new List<ClusterSchool>();
        for (int k = 0; k < schools; k++)
        {
            double pick = rng.NextDouble() * total;
            var town = towns.First(t => (pick -= t.Weight) <= 0 || t == towns[^1]);
            all.Add(School($"S{k}", town.Lat + (rng.NextDouble() - 0.5) * 0.15, town.Lon + (rng.NextDouble() - 0.5) * 0.15,
                Levels[rng.Next(5)], [Languages[rng.Next(2)]], Priorities.Where(_ => rng.NextDouble() < 0.3).ToArray(),
                Areas.ToDictionary(a => a, _ => 1 + 4 * rng.NextDouble())));
        }
        return new ClusterProblem(
            [.. all.Where((_, k) => k % 5 != 4)],
            [.. all.Where((_, k) => k % 5 == 4)],
            options);
    }
}
