namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>
/// Submitted responses per round and group, and those that count as respondents under the anonymity
/// policy (at least one real answer): the group's threshold applies to the latter.
/// </summary>
internal sealed class GroupAggregate
{
    public GroupAggregate(string roundId, string group, int respondents = 0, int countedRespondents = 0)
    {
        RoundId = roundId;
        Group = group;
        Respondents = respondents;
        CountedRespondents = countedRespondents;
    }

    public string RoundId { get; private set; }

    /// <summary>
    /// Which of a round's parallel counter rows this is. Submissions spread over
    /// <see cref="AggregateShards.Count"/> shards so concurrent transactions do not queue on one
    /// hot row; readers add the shards up.
    /// </summary>
    public int Shard { get; private set; }

    public string Group { get; private set; }

    /// <summary>Every submitted response, blank ones included: what the rounds page shows for reminders.</summary>
    public int Respondents { get; private set; }

    /// <summary>Responses with at least one real answer: the group's size for the anonymity threshold.</summary>
    public int CountedRespondents { get; private set; }

    public void Apply(ResponseIncrements increments)
    {
        ArgumentNullException.ThrowIfNull(increments);
        if (increments.Group != Group)
        {
            throw new InvalidOperationException($"Increments for '{increments.Group}' applied to the '{Group}' aggregate.");
        }

        Respondents++;
        if (increments.Counted)
        {
            CountedRespondents++;
        }
    }
}

/// <summary>
/// Running sums for one round, group and area. Means and standard deviations are rebuilt from
/// these sums, so each response changes one row per area instead of forcing a rescan.
/// </summary>
internal sealed class AreaAggregate
{
    public AreaAggregate(string roundId, string group, string areaId)
    {
        RoundId = roundId;
        Group = group;
        AreaId = areaId;
    }

    public string RoundId { get; private set; }

    /// <summary>
    /// Which of a round's parallel counter rows this is. Submissions spread over
    /// <see cref="AggregateShards.Count"/> shards so concurrent transactions do not queue on one
    /// hot row; readers add the shards up.
    /// </summary>
    public int Shard { get; private set; }

    public string Group { get; private set; }

    public string AreaId { get; private set; }

    /// <summary>Respondents who answered at least one item of the area.</summary>
    public int Respondents { get; private set; }

    public double SumOfMeans { get; private set; }

    public double SumOfSquaredMeans { get; private set; }

    /// <summary>Non-null answers over all items of the area.</summary>
    public int Answered { get; private set; }

    /// <summary>Answers of 4 or 5.</summary>
    public int Agree { get; private set; }

    public SampleMoments Moments => new(Respondents, SumOfMeans, SumOfSquaredMeans);

    public double? Mean => Moments.Mean;

    public double? StandardDeviation => Moments.StandardDeviation;

    public double? AgreeShare => Answered > 0 ? (double)Agree / Answered : null;

    /// <summary>Builds an aggregate from stored totals, e.g. when a query projects them.</summary>
    public static AreaAggregate FromTotals(
        string roundId, string group, string areaId, int respondents, double sumOfMeans, double sumOfSquaredMeans, int answered, int agree) =>
        new(roundId, group, areaId)
        {
            Respondents = respondents,
            SumOfMeans = sumOfMeans,
            SumOfSquaredMeans = sumOfSquaredMeans,
            Answered = answered,
            Agree = agree,
        };

    public void Apply(AreaIncrement increment)
    {
        ArgumentNullException.ThrowIfNull(increment);
        if (increment.AreaId != AreaId)
        {
            throw new InvalidOperationException($"An increment for area '{increment.AreaId}' applied to the '{AreaId}' aggregate.");
        }

        Respondents += increment.Respondents;
        SumOfMeans += increment.RespondentMean;
        SumOfSquaredMeans += increment.RespondentMeanSquared;
        Answered += increment.Answered;
        Agree += increment.Agree;
    }
}

/// <summary>
/// How often one value was given to one item in a round. The value is stored as 0 for
/// "don't know" so it can sit in a composite key (a nullable key column is awkward in EF Core).
/// </summary>
internal sealed class ItemValueCount
{
    public const int DontKnowValue = 0;

    public ItemValueCount(string roundId, string itemId, int value, int count = 0)
    {
        if (value is < DontKnowValue or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Use 1..5, or 0 for \"don't know\".");
        }

        RoundId = roundId;
        ItemId = itemId;
        Value = value;
        Count = count;
    }

    public string RoundId { get; private set; }

    /// <summary>
    /// Which of a round's parallel counter rows this is. Submissions spread over
    /// <see cref="AggregateShards.Count"/> shards so concurrent transactions do not queue on one
    /// hot row; readers add the shards up.
    /// </summary>
    public int Shard { get; private set; }

    public string ItemId { get; private set; }

    /// <summary>1..5, or <see cref="DontKnowValue"/>.</summary>
    public int Value { get; private set; }

    public int Count { get; private set; }

    public static int StoredValue(int? answer) => answer ?? DontKnowValue;

    public void Increment() => Count++;
}

/// <summary>How many counter rows each aggregate is spread over.</summary>
internal static class AggregateShards
{
    public const int Count = 16;
}

/// <summary>All aggregates of one round, the input of the school report.</summary>
internal sealed record RoundAggregates(
    string RoundId,
    string SchoolId,
    IReadOnlyList<GroupAggregate> Groups,
    IReadOnlyList<AreaAggregate> Areas,
    IReadOnlyList<ItemValueCount> ItemValues)
{
    /// <summary>Adds up the shards of stored rows into one row per group, area and item value.</summary>
    public static RoundAggregates FromShards(
        string roundId, string schoolId, IEnumerable<GroupAggregate> groups, IEnumerable<AreaAggregate> areas, IEnumerable<ItemValueCount> values) =>
        new(
            roundId,
            schoolId,
            groups.GroupBy(g => g.Group).Select(g => new GroupAggregate(roundId, g.Key, g.Sum(x => x.Respondents), g.Sum(x => x.CountedRespondents))).ToList(),
            areas.GroupBy(a => (a.Group, a.AreaId)).Select(a => AreaAggregate.FromTotals(
                roundId, a.Key.Group, a.Key.AreaId, a.Sum(x => x.Respondents), a.Sum(x => x.SumOfMeans), a.Sum(x => x.SumOfSquaredMeans),
                a.Sum(x => x.Answered), a.Sum(x => x.Agree))).ToList(),
            values.GroupBy(v => (v.ItemId, v.Value)).Select(v => new ItemValueCount(roundId, v.Key.ItemId, v.Key.Value, v.Sum(x => x.Count))).ToList());

    /// <summary>
    /// Folds raw responses into aggregates with the same code path as live submissions; used to
    /// rebuild a round's aggregates after a repair and by tests.
    /// </summary>
    public static RoundAggregates Accumulate(
        string roundId,
        string schoolId,
        Instrument instrument,
        IEnumerable<(string Group, IReadOnlyDictionary<string, int?> Answers)> responses)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(responses);

        var groups = new Dictionary<string, GroupAggregate>(StringComparer.Ordinal);
        var areas = new Dictionary<(string, string), AreaAggregate>();
        var values = new Dictionary<(string, int), ItemValueCount>();

        foreach (var (group, answers) in responses)
        {
            var increments = ResponseScorer.Score(instrument, group, answers);
            Apply(roundId, increments, groups, areas, values);
        }

        return new RoundAggregates(roundId, schoolId, groups.Values.ToList(), areas.Values.ToList(), values.Values.ToList());
    }

    private static void Apply(
        string roundId,
        ResponseIncrements increments,
        Dictionary<string, GroupAggregate> groups,
        Dictionary<(string, string), AreaAggregate> areas,
        Dictionary<(string, int), ItemValueCount> values)
    {
        if (!groups.TryGetValue(increments.Group, out var group))
        {
            groups[increments.Group] = group = new GroupAggregate(roundId, increments.Group);
        }

        group.Apply(increments);

        foreach (var inc in increments.Areas)
        {
            if (!areas.TryGetValue((increments.Group, inc.AreaId), out var area))
            {
                areas[(increments.Group, inc.AreaId)] = area = new AreaAggregate(roundId, increments.Group, inc.AreaId);
            }

            area.Apply(inc);
        }

        foreach (var inc in increments.ItemValues)
        {
            var stored = ItemValueCount.StoredValue(inc.Value);
            if (!values.TryGetValue((inc.ItemId, stored), out var count))
            {
                values[(inc.ItemId, stored)] = count = new ItemValueCount(roundId, inc.ItemId, stored);
            }

            count.Increment();
        }
    }
}
