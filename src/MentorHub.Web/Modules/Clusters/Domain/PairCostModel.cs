using System.Globalization;
using System.Numerics;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// The problem turned into index-addressed arrays so the solver can price millions of pairs cheaply.
/// Holds the hard rules and the cost of a pair; knows nothing about capacity or pins.
/// <para>Cost of a pair (all weights are "km per unit"):
/// <c>w.distance·km + w.level·levelMismatch + w.needs·needsGap + w.priorities·(1 − sharedPriorityShare)</c>.</para>
/// <list type="bullet">
/// <item>levelMismatch ∈ {0, 0.5, 1}: see <see cref="LevelFamilies"/>.</item>
/// <item>needsGap ∈ [0, 1]: take the mentee's (up to) <see cref="WeakAreaCount"/> weakest areas (lowest
/// mean, ties by area id); for each, the mentor's mean m in that area gives max(0, 5 − m)/4, or a
/// neutral 0.5 when the mentor has no score there; gap = the mean of these. A mentee without
/// self-assessment data gets the neutral 0.5 for every mentor, so needs then cannot separate mentors.</item>
/// <item>sharedPriorityShare: share of the mentee's national priorities the mentor also works on
/// (case-insensitive); a mentee naming none gets the neutral 0.5.</item>
/// </list>
/// The distance term is only taken when distance matters (weight &gt; 0 or a maximum distance is set);
/// then a school without coordinates cannot be paired at all.
/// </summary>
internal sealed class PairCostModel
{
    public const int WeakAreaCount = 3;
    public const double NeutralTerm = 0.5;

    private readonly ClusterSchool[] _mentees;
    private readonly ClusterSchool[] _mentors;
    private readonly ClusterWeights _w;
    private readonly double? _maxKm;
    private readonly bool _sameFamily;
    private readonly bool _sharedLanguage;

    private readonly double[] _eLat, _eLon, _rLat, _rLon;
    private readonly int[] _eLevel, _rLevel;
    private readonly double[] _mismatch; // levelCode × levelCode
    private readonly int _levelCount;
    private readonly ulong[][] _eLang, _rLang, _ePrio, _rPrio;
    private readonly int[] _ePrioCount;
    private readonly int[][] _eWeakAreas;
    private readonly double[] _rAreaScore; // mentor × area, NaN when missing
    private readonly int _areaCount;
    private readonly string[] _priorityNames;
    private readonly string[] _areaNames;
    private readonly HashSet<long> _forbidden = [];

    public PairCostModel(IReadOnlyList<ClusterSchool> mentees, IReadOnlyList<ClusterSchool> mentors, ClusterOptions options)
    {
        _mentees = [.. mentees];
        _mentors = [.. mentors];
        _w = options.Weights;
        _maxKm = options.MaxDistanceKm;
        _sameFamily = options.RequireSameLevelFamily;
        _sharedLanguage = options.RequireSharedLanguage;
        DistanceMatters = _w.Distance > 0 || _maxKm is not null;

        (_eLat, _eLon) = Coordinates(_mentees);
        (_rLat, _rLon) = Coordinates(_mentors);

        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        _eLevel = [.. _mentees.Select(s => Intern(levels, LevelFamilies.Normalise(s.Level)))];
        _rLevel = [.. _mentors.Select(s => Intern(levels, LevelFamilies.Normalise(s.Level)))];
        _levelCount = levels.Count;
        var levelNames = levels.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        _mismatch = new double[_levelCount * _levelCount];
        for (int a = 0; a < _levelCount; a++)
        {
            for (int b = 0; b < _levelCount; b++)
            {
                _mismatch[a * _levelCount + b] = LevelFamilies.Mismatch(levelNames[a], levelNames[b]);
            }
        }

        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _eLang = [.. _mentees.Select(s => Bits(languages, s.Languages))];
        _rLang = [.. _mentors.Select(s => Bits(languages, s.Languages))];

        var priorities = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _ePrio = [.. _mentees.Select(s => Bits(priorities, s.Priorities))];
        _rPrio = [.. _mentors.Select(s => Bits(priorities, s.Priorities))];
        _ePrioCount = [.. _ePrio.Select(PopCount)];
        _priorityNames = [.. priorities.OrderBy(p => p.Value).Select(p => p.Key)];

        var areas = new Dictionary<string, int>(StringComparer.Ordinal);
        _eWeakAreas = [.. _mentees.Select(s => WeakestAreas(areas, s.AreaScores))];
        foreach (var m in _mentors)
        {
            foreach (var key in m.AreaScores?.Keys ?? Enumerable.Empty<string>())
            {
                Intern(areas, key);
            }
        }
        _areaCount = areas.Count;
        _areaNames = [.. areas.OrderBy(p => p.Value).Select(p => p.Key)];
        _rAreaScore = new double[_mentors.Length * Math.Max(1, _areaCount)];
        Array.Fill(_rAreaScore, double.NaN);
        for (int j = 0; j < _mentors.Length; j++)
        {
            foreach (var (key, score) in _mentors[j].AreaScores ?? new Dictionary<string, double>())
            {
                _rAreaScore[j * _areaCount + areas[key]] = score;
            }
        }
    }

    public int MenteeCount => _mentees.Length;
    public int MentorCount => _mentors.Length;
    public ClusterSchool Mentee(int i) => _mentees[i];
    public ClusterSchool Mentor(int j) => _mentors[j];
    public ClusterWeights Weights => _w;
    public double? MaxDistanceKm => _maxKm;
    public bool RequiresSameLevelFamily => _sameFamily;
    public bool RequiresSharedLanguage => _sharedLanguage;

    /// <summary>Distance enters the cost or a hard rule, so coordinates are required.</summary>
    public bool DistanceMatters { get; }

    public bool MenteeHasCoordinates(int i) => !double.IsNaN(_eLat[i]);
    public bool MentorHasCoordinates(int j) => !double.IsNaN(_rLat[j]);
    public double MenteeLat(int i) => _eLat[i];
    public double MenteeLon(int i) => _eLon[i];
    public double MentorLat(int j) => _rLat[j];
    public double MentorLon(int j) => _rLon[j];

    public void Forbid(int i, int j) => _forbidden.Add(Key(i, j));
    public bool IsForbidden(int i, int j) => _forbidden.Count > 0 && _forbidden.Contains(Key(i, j));

    public double? DistanceKm(int i, int j) =>
        MenteeHasCoordinates(i) && MentorHasCoordinates(j)
            ? GreatCircle.DistanceKm(_eLat[i], _eLon[i], _rLat[j], _rLon[j])
            : null;

    /// <summary>Hard rules only (not forbids, not capacity). The hot path of the solver.</summary>
    public bool SatisfiesRules(int i, int j, out double distanceKm)
    {
        distanceKm = double.NaN;
        if (_sameFamily && _mismatch[_eLevel[i] * _levelCount + _rLevel[j]] >= 1)
        {
            return false;
        }
        if (_sharedLanguage && !Intersects(_eLang[i], _rLang[j]))
        {
            return false;
        }
        if (DistanceMatters)
        {
            if (double.IsNaN(_eLat[i]) || double.IsNaN(_rLat[j]))
            {
                return false;
            }
            distanceKm = GreatCircle.DistanceKm(_eLat[i], _eLon[i], _rLat[j], _rLon[j]);
            if (distanceKm > _maxKm)
            {
                return false;
            }
        }
        return true;
    }

    public bool IsAllowed(int i, int j, out double distanceKm) =>
        SatisfiesRules(i, j, out distanceKm) && !IsForbidden(i, j);

    /// <param name="distanceKm">From <see cref="SatisfiesRules"/>; NaN when distance does not matter.</param>
    public double Cost(int i, int j, double distanceKm)
    {
        double cost = 0;
        if (_w.Distance > 0)
        {
            cost += _w.Distance * distanceKm;
        }
        if (_w.Level > 0)
        {
            cost += _w.Level * _mismatch[_eLevel[i] * _levelCount + _rLevel[j]];
        }
        if (_w.Needs > 0)
        {
            cost += _w.Needs * NeedsGap(i, j);
        }
        if (_w.Priorities > 0)
        {
            cost += _w.Priorities * (1 - SharedPriorityShare(i, j));
        }
        return cost;
    }

    /// <summary>Cost for a pair whose rules were not checked (pins, reporting).</summary>
    public double Cost(int i, int j) => Cost(i, j, DistanceMatters ? DistanceKm(i, j) ?? double.NaN : double.NaN);

    public double LevelMismatch(int i, int j) => _mismatch[_eLevel[i] * _levelCount + _rLevel[j]];

    public double NeedsGap(int i, int j)
    {
        var weak = _eWeakAreas[i];
        if (weak.Length == 0)
        {
            return NeutralTerm;
        }
        double sum = 0;
        foreach (int a in weak)
        {
            double s = a < _areaCount ? _rAreaScore[j * _areaCount + a] : double.NaN;
            sum += double.IsNaN(s) ? NeutralTerm : Math.Clamp((5 - s) / 4, 0, 1);
        }
        return sum / weak.Length;
    }

    public double SharedPriorityShare(int i, int j)
    {
        int total = _ePrioCount[i];
        if (total == 0)
        {
            return 1 - NeutralTerm;
        }
        return (double)IntersectionCount(_ePrio[i], _rPrio[j]) / total;
    }

    public bool SharesLanguage(int i, int j) => Intersects(_eLang[i], _rLang[j]);

    public IReadOnlyList<string> SharedPriorities(int i, int j)
    {
        var result = new List<string>();
        ulong[] a = _ePrio[i], b = _rPrio[j];
        for (int w = 0; w < Math.Min(a.Length, b.Length); w++)
        {
            ulong both = a[w] & b[w];
            while (both != 0)
            {
                int bit = BitOperations.TrailingZeroCount(both);
                result.Add(_priorityNames[w * 64 + bit]);
                both &= both - 1;
            }
        }
        // Show the mentee's own spelling, not whichever spelling was interned first.
        var own = _mentees[i].Priorities.ToDictionary(p => p, p => p, StringComparer.OrdinalIgnoreCase);
        return [.. result.Select(p => own.GetValueOrDefault(p, p))];
    }

    /// <summary>The mentee's weakest areas with the mentor's mean there (NaN when the mentor has none).</summary>
    public IReadOnlyList<(string AreaId, double MenteeScore, double MentorScore)> WeakAreaCover(int i, int j)
    {
        var scores = _mentees[i].AreaScores;
        return [.. _eWeakAreas[i].Select(a => (
            _areaNames[a],
            scores![_areaNames[a]],
            a < _areaCount ? _rAreaScore[j * _areaCount + a] : double.NaN))];
    }

    private long Key(int i, int j) => (long)i * _mentors.Length + j;

    private static (double[] Lat, double[] Lon) Coordinates(ClusterSchool[] schools)
    {
        var lat = new double[schools.Length];
        var lon = new double[schools.Length];
        for (int k = 0; k < schools.Length; k++)
        {
            lat[k] = schools[k].HasCoordinates ? schools[k].Latitude!.Value : double.NaN;
            lon[k] = schools[k].HasCoordinates ? schools[k].Longitude!.Value : double.NaN;
        }
        return (lat, lon);
    }

    private static int Intern(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out int id))
        {
            id = ids.Count;
            ids[key] = id;
        }
        return id;
    }

    private static ulong[] Bits(Dictionary<string, int> ids, IEnumerable<string> values)
    {
        var bits = Array.Empty<ulong>();
        foreach (var v in values)
        {
            int id = Intern(ids, v.Trim());
            if (id / 64 >= bits.Length)
            {
                Array.Resize(ref bits, id / 64 + 1);
            }
            bits[id / 64] |= 1UL << (id % 64);
        }
        return bits;
    }

    private static int[] WeakestAreas(Dictionary<string, int> ids, IReadOnlyDictionary<string, double>? scores)
    {
        if (scores is null || scores.Count == 0)
        {
            return [];
        }
        return [.. scores
            .OrderBy(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(WeakAreaCount)
            .Select(p => Intern(ids, p.Key))];
    }

    private static bool Intersects(ulong[] a, ulong[] b)
    {
        for (int w = 0; w < Math.Min(a.Length, b.Length); w++)
        {
            if ((a[w] & b[w]) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static int IntersectionCount(ulong[] a, ulong[] b)
    {
        int n = 0;
        for (int w = 0; w < Math.Min(a.Length, b.Length); w++)
        {
            n += BitOperations.PopCount(a[w] & b[w]);
        }
        return n;
    }

    private static int PopCount(ulong[] a) => a.Sum(BitOperations.PopCount);

    public static string Km(double km) => km.ToString(km < 10 ? "0.0" : "0.#", CultureInfo.InvariantCulture);
}
