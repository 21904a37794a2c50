using MentorHub.Web.Modules.Clusters.Domain;

namespace MentorHub.Bench;

/// <summary>Deterministic national-scale instance: towns of very uneven size over a Portugal-sized box, plus rural scatter.</summary>
internal static class Synthetic
{
    private static readonly string[] Levels = ["primary", "primary", "primary", "lower_secondary", "upper_secondary", "vocational", "combined"];
    private static readonly string[] Priorities = ["flexible learning spaces", "small/rural schools", "personalised learning", "STEM and robotics", "socially disadvantaged students"];
    private static readonly string[] Areas = ["vision", "leadership", "collaboration", "pedagogy", "professional development", "infrastructure", "student learning"];

    public static List<ClusterSchool> Portugal(int count, int seed)
    {
        var rng = new Random(seed);
        const double latMin = 37.0, latMax = 42.1, lonMin = -9.5, lonMax = -6.2;
        var towns = Enumerable.Range(0, 400)
            .Select(_ => (Lat: latMin + rng.NextDouble() * (latMax - latMin), Lon: lonMin + rng.NextDouble() * (lonMax - lonMin),
                Weight: Math.Pow(rng.NextDouble(), 4), SpreadKm: 1 + rng.NextDouble() * 8))
            .ToArray();
        double totalWeight = towns.Sum(t => t.Weight);
        var schools = new List<ClusterSchool>(count);
        for (int k = 0; k < count; k++)
        {
            double lat, lon;
            if (rng.NextDouble() < 0.15)
            {
                lat = latMin + rng.NextDouble() * (latMax - latMin);
                lon = lonMin + rng.NextDouble() * (lonMax - lonMin);
            }
            else
            {
                double pick = rng.NextDouble() * totalWeight;
                var town = towns[^1];
                foreach (var t in towns)
                {
                    pick -= t.Weight;
                    if (pick <= 0)
                    {
                        town = t;
                        break;
                    }
                }
                lat = town.Lat + Gaussian(rng) * town.SpreadKm / 111.2;
                lon = town.Lon + Gaussian(rng) * town.SpreadKm / (111.2 * Math.Cos(town.Lat * Math.PI / 180));
            }
            var languages = new HashSet<string> { rng.NextDouble() < 0.9 ? "pt" : "en" };
            var priorities = Priorities.Where(_ => rng.NextDouble() < 0.3).ToHashSet();
            var areas = Areas.ToDictionary(a => a, _ => Math.Round(1 + rng.NextDouble() * 4, 2));
            schools.Add(new ClusterSchool($"S{k:D5}", lat, lon, Levels[rng.Next(Levels.Length)], languages, priorities, areas));
        }
        return schools;
    }

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
