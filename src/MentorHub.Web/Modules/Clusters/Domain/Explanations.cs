using System.Globalization;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Clusters.Domain;

/// <summary>The plain-English "why" the coordinator sees next to every pair and every unplaced mentee.</summary>
internal static class Explanations
{
    /// <summary>A mentor mean at or above this counts as a strength worth naming.</summary>
    private const double StrongScore = 3.5;

    public static IReadOnlyList<string> WhyPaired(PairCostModel model, int i, int j, bool pinned)
    {
        var reasons = new List<string>();
        if (pinned)
        {
            reasons.Add("pinned by the coordinator");
        }

        if (model.DistanceKm(i, j) is { } km)
        {
            reasons.Add($"{PairCostModel.Km(km)} km away");
        }
        else
        {
            reasons.Add("distance unknown (a school has no coordinates)");
        }

        string le = LevelFamilies.Normalise(model.Mentee(i).Level), lr = LevelFamilies.Normalise(model.Mentor(j).Level);
        reasons.Add(model.LevelMismatch(i, j) switch
        {
            0 => $"same level ({le})",
            < 1 when LevelFamilies.FamilyOf(le) == LevelFamilies.FamilyOf(lr) => $"same level family ({LevelFamilies.FamilyOf(le)})",
            < 1 => $"combined school matches {(le == LevelFamilies.Combined ? lr : le)}",
            _ => $"different level family ({le} and {lr})",
        });

        if (model.SharesLanguage(i, j))
        {
            var shared = model.Mentee(i).Languages.Where(l => model.Mentor(j).Languages.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList();
            reasons.Add($"shares {(shared.Count == 1 ? "a language" : "languages")}: {List(shared)}");
        }

        var priorities = model.SharedPriorities(i, j);
        if (priorities.Count > 0)
        {
            reasons.Add($"shares {(priorities.Count == 1 ? "a priority" : "priorities")}: {List(priorities)}");
        }
        else if (model.Mentee(i).Priorities.Count > 0)
        {
            reasons.Add("no shared national priorities");
        }

        var cover = model.WeakAreaCover(i, j);
        if (cover.Count > 0)
        {
            var strong = cover.Where(c => c.MentorScore >= StrongScore).ToList();
            if (strong.Count > 0)
            {
                reasons.Add("strong in the mentee's weak areas: " + List(strong.Select(c => $"{c.AreaId} ({Score(c.MentorScore)})")));
            }
            else if (cover.All(c => double.IsNaN(c.MentorScore)))
            {
                reasons.Add("no self-assessment data for the mentor to compare with the mentee's weak areas");
            }
            else
            {
                reasons.Add("not especially strong in the mentee's weak areas: " + List(cover.Select(c => $"{c.AreaId} ({Score(c.MentorScore)})")));
            }
        }
        return reasons;
    }

    /// <param name="capacity">Capacity before pins: "full" also covers mentors filled by pins.</param>
    public static string WhyUnassigned(PairCostModel model, int i, int[] capacity)
    {
        if (model.DistanceMatters && !model.MenteeHasCoordinates(i))
        {
            return "no coordinates";
        }
        if (model.MentorCount == 0)
        {
            return "there are no mentor schools";
        }

        var options = Filters(model, i);
        if (model.DistanceMatters && options.WithCoordinates == 0)
        {
            return "no mentor school has coordinates";
        }
        if (model.MaxDistanceKm is { } max && options.WithinReach == 0)
        {
            return $"no mentor within {PairCostModel.Km(max)} km";
        }
        if (options.LevelOk == 0)
        {
            return $"no mentor in a compatible level family ({LevelFamilies.FamilyOf(model.Mentee(i).Level)})";
        }
        if (options.LanguageOk == 0)
        {
            return "no mentor shares a language";
        }
        if (options.AllRules == 0)
        {
            return "no mentor satisfies all hard rules at once";
        }
        if (options.AllowedMentors.All(j => model.IsForbidden(i, j)))
        {
            return "every allowed mentor is forbidden";
        }
        int open = options.AllowedMentors.Count(j => !model.IsForbidden(i, j));
        if (options.AllowedMentors.Where(j => !model.IsForbidden(i, j)).All(j => capacity[j] == 0))
        {
            return open == 1 ? "the only allowed mentor has no capacity" : "all mentors that satisfy the rules have no capacity";
        }
        return open == 1
            ? "the only mentor that satisfies the rules is full"
            : $"all {open} mentors that satisfy the rules are full";
    }

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

    private static string Score(double s) => double.IsNaN(s) ? "no data" : s.ToString("0.0", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
