using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>
/// The "why" the coordinator sees next to every pair and every unplaced mentee, as catalogue texts
/// (<c>Clusters.Reason.*</c>) whose arguments are names, not ids: the page puts them into the reader's
/// language, the API keeps a stable code and the English words.
/// </summary>
internal static class Explanations
{
    /// <summary>A mentor mean at or above this counts as a strength worth naming.</summary>
    private const double StrongScore = 3.5;

    public const string KeyPrefix = "Clusters.Reason.";

    private static CatalogText Reason(string code, params object?[] args) => new(KeyPrefix + code, args);

    public static IReadOnlyList<CatalogText> WhyPaired(PairCostModel model, int i, int j, bool pinned, ClusterLabels? labels = null)
    {
        labels ??= ClusterLabels.None;
        var reasons = new List<CatalogText>();
        if (pinned)
        {
            reasons.Add(Reason("pinned"));
        }

        reasons.Add(model.DistanceKm(i, j) is { } km ? Reason("distance", Math.Round(km, 1)) : Reason("distance-unknown"));

        string le = LevelFamilies.Normalise(model.Mentee(i).Level), lr = LevelFamilies.Normalise(model.Mentor(j).Level);
        reasons.Add(model.LevelMismatch(i, j) switch
        {
            0 => Reason("same-level", Level(le)),
            < 1 when LevelFamilies.FamilyOf(le) == LevelFamilies.FamilyOf(lr) => Reason("same-level-family", Level(LevelFamilies.FamilyOf(le))),
            < 1 => Reason("combined-matches", Level(le == LevelFamilies.Combined ? lr : le)),
            _ => Reason("different-level-family", Level(le), Level(lr)),
        });

        if (model.SharesLanguage(i, j))
        {
            var shared = model.Mentee(i).Languages.Where(l => model.Mentor(j).Languages.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
            reasons.Add(Reason(shared.Count == 1 ? "shares-language" : "shares-languages", new TextList(shared)));
        }

        var priorities = model.SharedPriorities(i, j);
        if (priorities.Count > 0)
        {
            reasons.Add(Reason(priorities.Count == 1 ? "shares-priority" : "shares-priorities", new TextList(priorities.Select(labels.Priority))));
        }
        else if (model.Mentee(i).Priorities.Count > 0)
        {
            reasons.Add(Reason("no-shared-priorities"));
        }

        var cover = model.WeakAreaCover(i, j);
        if (cover.Count > 0)
        {
            var strong = cover.Where(c => c.MentorScore >= StrongScore).ToList();
            if (strong.Count > 0)
            {
                reasons.Add(Reason("strong-in-weak-areas", Areas(strong, labels)));
            }
            else if (cover.All(c => double.IsNaN(c.MentorScore)))
            {
                reasons.Add(Reason("no-mentor-data"));
            }
            else
            {
                reasons.Add(Reason("not-strong-in-weak-areas", Areas(cover, labels)));
            }
        }
        return reasons;
    }

    /// <param name="capacity">Capacity before pins: "full" also covers mentors filled by pins.</param>
    public static CatalogText WhyUnassigned(PairCostModel model, int i, int[] capacity)
    {
        if (model.DistanceMatters && !model.MenteeHasCoordinates(i))
        {
            return Reason("no-coordinates");
        }
        if (model.MentorCount == 0)
        {
            return Reason("no-mentors");
        }

        var options = Filters(model, i);
        if (model.DistanceMatters && options.WithCoordinates == 0)
        {
            return Reason("no-mentor-coordinates");
        }
        if (model.MaxDistanceKm is { } max && options.WithinReach == 0)
        {
            return Reason("none-within", Math.Round(max, 1));
        }
        if (options.LevelOk == 0)
        {
            return Reason("no-level-family", Level(LevelFamilies.FamilyOf(model.Mentee(i).Level)));
        }
        if (options.LanguageOk == 0)
        {
            return Reason("no-shared-language");
        }
        if (options.AllRules == 0)
        {
            return Reason("no-mentor-fits-all-rules");
        }
        if (options.AllowedMentors.All(j => model.IsForbidden(i, j)))
        {
            return Reason("all-forbidden");
        }
        var open = options.AllowedMentors.Where(j => !model.IsForbidden(i, j)).ToList();
        if (open.All(j => capacity[j] == 0))
        {
            return open.Count == 1 ? Reason("only-mentor-no-capacity", NameOf(model.Mentor(open[0]))) : Reason("no-capacity");
        }
        return open.Count == 1
            ? Reason("only-mentor-full", NameOf(model.Mentor(open[0])))
            : Reason("all-full", open.Count);
    }

    private static string NameOf(ClusterSchool school) => string.IsNullOrWhiteSpace(school.Name) ? school.Id : school.Name;

    private static readonly HashSet<string> NamedLevels = ["primary", "lower_secondary", "upper_secondary", "vocational", "combined", "secondary"];

    private static object Level(string level) => NamedLevels.Contains(level) ? new CatalogText("Clusters.Level." + level) : level;

    private static TextList Areas(IEnumerable<(string AreaId, double MenteeScore, double MentorScore)> areas, ClusterLabels labels) =>
        new(areas.Select(c => (object?)Reason("area-score", labels.Area(c.AreaId),
            double.IsNaN(c.MentorScore) ? Reason("no-data") : Math.Round(c.MentorScore, 1))));

    /// <summary>Which hard rule a pair breaks, in words; null when it breaks none.</summary>
    public static CatalogText? BrokenRule(PairCostModel model, int i, int j)
    {
        if (model.SatisfiesRules(i, j, out _))
        {
            return null;
        }
        var mentee = model.Mentee(i);
        var mentor = model.Mentor(j);
        if (model.DistanceMatters && !(mentee.HasCoordinates && mentor.HasCoordinates))
        {
            return new CatalogText("Clusters.Rule.NoCoordinates");
        }
        if (model.DistanceKm(i, j) is { } km && km > model.MaxDistanceKm)
        {
            return new CatalogText("Clusters.Rule.BeyondLimit", PairCostModel.Km(km), PairCostModel.Km(model.MaxDistanceKm!.Value));
        }
        if (!LevelFamilies.AreCompatible(mentee.Level, mentor.Level))
        {
            return new CatalogText("Clusters.Rule.LevelFamilies", mentee.Level, mentor.Level);
        }
        return new CatalogText("Clusters.Rule.NoSharedLanguage");
    }

    private sealed record FilterCounts(int WithCoordinates, int WithinReach, int LevelOk, int LanguageOk, int AllRules, List<int> AllowedMentors);

    private static FilterCounts Filters(PairCostModel model, int i)
    {
        var maxKm = model.MaxDistanceKm;
        int withCoordinates = 0, withinReach = 0, levelOk = 0, languageOk = 0;
        var allowed = new List<int>();
        for (int j = 0; j < model.MentorCount; j++)
        {
            if (model.MentorHasCoordinates(j))
            {
                withCoordinates++;
                if (maxKm is null || model.DistanceKm(i, j) <= maxKm)
                {
                    withinReach++;
                }
            }
            if (!model.RequiresSameLevelFamily || model.LevelMismatch(i, j) < 1)
            {
                levelOk++;
            }
            if (!model.RequiresSharedLanguage || model.SharesLanguage(i, j))
            {
                languageOk++;
            }
            if (model.SatisfiesRules(i, j, out _))
            {
                allowed.Add(j);
            }
        }
        return new FilterCounts(withCoordinates, withinReach, levelOk, languageOk, allowed.Count, allowed);
    }
}
