using MentorHub.Web.Modules.SelfAssessment.Api;

namespace MentorHub.Web.Modules.SelfAssessment.Domain;

/// <summary>What one submitted response adds to one area's running aggregate.</summary>
/// <param name="Respondents">1 when the respondent answered at least one item of the area, else 0.</param>
/// <param name="RespondentMean">The respondent's mean over the items answered in the area (0 when none).</param>
/// <param name="RespondentMeanSquared">The square of <paramref name="RespondentMean"/>, kept so the SD can be rebuilt from sums.</param>
internal sealed record AreaIncrement(
    string AreaId,
    int Respondents,
    double RespondentMean,
    double RespondentMeanSquared,
    int Answered,
    int Agree);

/// <summary>One +1 for an item's answer distribution; <c>Value</c> null is "don't know / not applicable".</summary>
internal sealed record ItemValueIncrement(string ItemId, int? Value);

/// <summary>Everything one response adds to a round's aggregates, computed before anything is written.</summary>
/// <param name="Counted">Whether the response counts as a respondent of its group under the anonymity policy's counting rule.</param>
internal sealed record ResponseIncrements(
    string Group,
    IReadOnlyList<AreaIncrement> Areas,
    IReadOnlyList<ItemValueIncrement> ItemValues,
    bool Counted);

/// <summary>
/// Turns one response into aggregate increments. Pure: the caller applies the result in the same
/// transaction that stores the response, so a report never has to read raw answers.
/// </summary>
internal static class ResponseScorer
{
    /// <summary>
    /// Input problems keyed by field (<c>answers.{itemId}</c>) in the shape of a ValidationProblem:
    /// unknown items, items of another group, values outside the scale.
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(
        Instrument instrument,
        string group,
        IReadOnlyDictionary<string, int?> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!instrument.Groups.Contains(group))
        {
            errors["group"] = [$"The instrument has no items for the group '{group}'."];
            return errors;
        }

        foreach (var (itemId, value) in answers)
        {
            var key = $"answers.{itemId}";
            var item = instrument.FindItem(itemId);
            if (item is null)
            {
                errors[key] = [$"'{itemId}' is not an item of instrument '{instrument.Id}'."];
            }
            else if (item.Group != group)
            {
                errors[key] = [$"'{itemId}' belongs to the {item.Group} form, not the {group} form."];
            }
            else if (item.Kind == ItemKind.Text && value is not null)
            {
                errors[key] = [$"'{itemId}' is a free-text item and takes no scale value."];
            }
            else if (value is { } v && !instrument.Scale.Contains(v))
            {
                errors[key] = [$"{v} is outside the scale {instrument.Scale.Min}..{instrument.Scale.Max}; send null for \"don't know\"."];
            }
        }

        return errors;
    }

    /// <summary>
    /// Increments for one valid response (call <see cref="Validate"/> first; invalid input throws).
    /// Every scored area of the group gets an increment, with zeros when the respondent answered none
    /// of its items, so callers can upsert a fixed set of rows. Items left out of
    /// <paramref name="answers"/> add nothing to distributions; an explicit null counts as "don't know".
    /// </summary>
    public static ResponseIncrements Score(
        Instrument instrument,
        string group,
        IReadOnlyDictionary<string, int?> answers)
    {
        var errors = Validate(instrument, group, answers);
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors.SelectMany(e => e.Value)), nameof(answers));
        }

        var areas = new List<AreaIncrement>();
        foreach (var area in instrument.ScoredAreasFor(group))
        {
            var values = instrument.Items
                .Where(i => i.AreaId == area.Id && i.Group == group && i.Kind == ItemKind.Scale)
                .Select(i => answers.TryGetValue(i.Id, out var v) ? v : null)
                .OfType<int>()
                .ToList();

            if (values.Count == 0)
            {
                areas.Add(new AreaIncrement(area.Id, 0, 0, 0, 0, 0));
                continue;
            }

            var mean = (double)values.Sum() / values.Count;
            areas.Add(new AreaIncrement(
                area.Id,
                Respondents: 1,
                RespondentMean: mean,
                RespondentMeanSquared: mean * mean,
                Answered: values.Count,
                Agree: values.Count(v => v >= InstrumentScale.AgreeFrom)));
        }

        var itemValues = instrument.Items
            .Where(i => i.Group == group && i.Kind == ItemKind.Scale && answers.ContainsKey(i.Id))
            .Select(i => new ItemValueIncrement(i.Id, answers[i.Id]))
            .ToList();

        return new ResponseIncrements(group, areas, itemValues, AnonymityPolicy.Counts(itemValues.Select(v => v.Value)));
    }
}
