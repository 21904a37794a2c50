using System.Globalization;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.ProposeClusters;

/// <summary>The proposal page's settings form; pins, forbids and overrides are typed one per line so the form works without script.</summary>
internal sealed class ProposeClustersSettingsForm
{
    private static readonly string[] PairSeparators = ["→", "->", ">", ",", ";", "\t"];

    public Guid? HubId { get; set; }
    public int? Capacity { get; set; }
    public double? MaxDistanceKm { get; set; }
    public bool RequireSameLevel { get; set; }
    public bool RequireSharedLanguage { get; set; }
    public double? Distance { get; set; }
    public double? Level { get; set; }
    public double? Needs { get; set; }
    public double? Priorities { get; set; }
    public string? Overrides { get; set; }
    public string? Pins { get; set; }
    public string? Forbids { get; set; }

    /// <summary>A full level mismatch ≈ 20 km, a mentor strong nowhere the mentee is weak ≈ 15 km, no shared priority ≈ 10 km.</summary>
    public static ProposeClustersSettingsForm Default(Guid? hubId) => new()
    {
        HubId = hubId, Capacity = Domain.Cluster.DefaultCapacity, Distance = 1, Level = 20, Needs = 15, Priorities = 10,
    };

    public static ProposeClustersSettingsForm From(ProposeClustersRequest r) => new()
    {
        HubId = r.HubId,
        Capacity = r.Capacity,
        MaxDistanceKm = r.MaxDistanceKm,
        RequireSameLevel = r.RequireSameLevel ?? false,
        RequireSharedLanguage = r.RequireSharedLanguage ?? false,
        Distance = r.Weights?.Distance,
        Level = r.Weights?.Level,
        Needs = r.Weights?.Needs,
        Priorities = r.Weights?.Priorities,
        Overrides = string.Join('\n', (r.CapacityOverrides ?? []).Select(o => $"{o.Key} = {o.Value}")),
        Pins = string.Join('\n', (r.Pins ?? []).Select(p => $"{p.MenteeSchoolId} > {p.MentorSchoolId}")),
        Forbids = string.Join('\n', (r.Forbids ?? []).Select(p => $"{p.MenteeSchoolId} > {p.MentorSchoolId}")),
    };

    public ProposeClustersRequest ToRequest()
    {
        if (Capacity is < 0 or > 100)
        {
            throw new InputException(new CatalogText("Clusters.Form.CapacityRange"), new Dictionary<string, CatalogText[]> { ["capacity"] = [new("Clusters.Form.CapacityBetween")] });
        }
        return new ProposeClustersRequest(
            Capacity, MaxDistanceKm, new ProposalWeights(Distance, Level, Needs, Priorities),
            PairLines(Pins, "pins"), PairLines(Forbids, "forbids"), OverrideLines(Overrides),
            RequireSameLevel, RequireSharedLanguage, HubId);
    }

    private static List<SchoolPairDto> PairLines(string? text, string field)
    {
        var pairs = new List<SchoolPairDto>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split(PairSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2)
            {
                throw new InputException(new CatalogText("Clusters.Form.PairLine", line), new Dictionary<string, CatalogText[]> { [field] = [CatalogText.Plain(line)] });
            }
            pairs.Add(new SchoolPairDto(parts[0], parts[1]));
        }
        return pairs;
    }

    private static Dictionary<string, int> OverrideLines(string? text)
    {
        var overrides = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lines(text))
        {
            var parts = line.Split(['=', ':'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var capacity))
            {
                throw new InputException(new CatalogText("Clusters.Form.OverrideLine", line), new Dictionary<string, CatalogText[]> { ["capacityOverrides"] = [CatalogText.Plain(line)] });
            }
            overrides[parts[0]] = capacity;
        }
        return overrides;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
