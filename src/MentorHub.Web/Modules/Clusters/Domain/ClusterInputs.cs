namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>A participating school as the optimiser sees it (mentee or mentor).</summary>
/// <param name="Level">primary, lower_secondary, upper_secondary, vocational or combined; see <see cref="LevelFamilies"/>.</param>
/// <param name="AreaScores">areaId → mean (1..5) of the school's latest self-assessment; null when it has none.</param>
/// <param name="Name">What the reasons call the school; its id when null.</param>
internal sealed record ClusterSchool(
    string Id,
    double? Latitude,
    double? Longitude,
    string Level,
    IReadOnlySet<string> Languages,
    IReadOnlySet<string> Priorities,
    IReadOnlyDictionary<string, double>? AreaScores = null,
    string? Name = null)
{
    public bool HasCoordinates => Latitude is not null && Longitude is not null;
}

/// <summary>
/// Weights of the pair cost. Every weight is "km per unit": the distance term is in km and each
/// other term lies in [0, 1], so <c>Level = 20</c> means a full level-family mismatch costs as much
/// as 20 km of extra travel. All weights must be finite and ≥ 0.
/// </summary>
internal sealed record ClusterWeights(double Distance, double Level, double Needs, double Priorities)
{
    /// <summary>Cost of a pair = its great-circle distance in km.</summary>
    public static ClusterWeights DistanceOnly { get; } = new(1, 0, 0, 0);

    /// <summary>A reasonable starting point for the UI: a full mismatch on any criterion ≈ 10–20 km.</summary>
    public static ClusterWeights Balanced { get; } = new(1, 20, 15, 10);
}

internal sealed record SchoolPair(string MenteeId, string MentorId);

internal sealed record ClusterOptions
{
    public int DefaultCapacity { get; init; } = 4;

    /// <summary>mentorId → capacity, overriding <see cref="DefaultCapacity"/>.</summary>
    public IReadOnlyDictionary<string, int> CapacityOverrides { get; init; } = new Dictionary<string, int>();

    /// <summary>Hard rule: no pair further apart than this (great-circle km). Null = no limit.</summary>
    public double? MaxDistanceKm { get; init; }

    /// <summary>Hard rule: mentee and mentor must be in compatible level families (<see cref="LevelFamilies.AreCompatible"/>).</summary>
    public bool RequireSameLevelFamily { get; init; }

    /// <summary>Hard rule: mentee and mentor must list at least one common language (case-insensitive).</summary>
    public bool RequireSharedLanguage { get; init; }

    public ClusterWeights Weights { get; init; } = ClusterWeights.DistanceOnly;

    /// <summary>Pairs the coordinator fixed; they are validated and always kept.</summary>
    public IReadOnlyList<SchoolPair> Pins { get; init; } = [];

    /// <summary>Pairs the coordinator ruled out.</summary>
    public IReadOnlyList<SchoolPair> Forbids { get; init; } = [];

    /// <summary>Names the reasons use for priority codes and areas; they change no decision.</summary>
    public ClusterLabels Labels { get; init; } = ClusterLabels.None;
}

/// <summary>Readable names for the ids the reasons mention: priority code → name, area id → its name in each language.</summary>
internal sealed record ClusterLabels(IReadOnlyDictionary<string, string> Priorities, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Areas)
{
    public static ClusterLabels None { get; } = new(new Dictionary<string, string>(), new Dictionary<string, IReadOnlyDictionary<string, string>>());

    public string Priority(string code) => Priorities.GetValueOrDefault(code, code);

    public object Area(string id) => Areas.TryGetValue(id, out var names) ? new MentorHub.Web.Platform.Localisation.MultilingualText(names) : id;
}

internal sealed record ClusterProblem(
    IReadOnlyList<ClusterSchool> Mentees,
    IReadOnlyList<ClusterSchool> Mentors,
    ClusterOptions Options);
