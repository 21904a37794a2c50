using System.Security.Claims;
using System.Text.Json.Serialization;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.SelfAssessment.ReadSchoolReport;

/// <summary>An area under the anonymity threshold has <c>suppressed: true</c> and null numbers.</summary>
internal sealed record ReportAreaDto(string AreaId, double? Mean, double? AgreeShare, int? Answered, int? Respondents, double? StandardDeviation, bool Suppressed);

/// <summary>A suppressed group carries its name and the flag only: no count, no area.</summary>
internal sealed record ReportGroupDto(
    string Group,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Respondents,
    bool Suppressed,
    IReadOnlyList<ReportAreaDto> Areas);

internal sealed record ReportGapDto(string AreaId, string GroupA, string GroupB, double Difference, bool Largest);

internal sealed record ReportChangeDto(string AreaId, string Group, double Difference, double? EffectSize, double? CiLow, double? CiHigh, double Mean, double PreviousMean);

internal sealed record ReportHighlightDto(string AreaId, double Mean, IReadOnlyList<string> Groups, string Text);

internal sealed record ReportDistributionDto(string ItemId, string AreaId, string Group, IReadOnlyList<int> Counts, int DontKnow);

/// <param name="Released">False while the round takes answers: every group is suppressed and there are no numbers until it closes.</param>
/// <param name="ResultsFrom">When the numbers appear: the round's closing time (or when it was closed).</param>
/// <param name="Responses">Responses submitted so far over all groups, blank ones included.</param>
/// <param name="View"><c>full</c> for those who run the school's rounds, <c>shared</c> for a reader of what the school shared (ADR 0016).</param>
/// <param name="SharedAreaIds">In the shared view, the areas shared when the school chose some; null for the whole report.</param>
internal sealed record SchoolReportDto(
    string RoundId, string SchoolId, string InstrumentId, int AnonymityThreshold,
    IReadOnlyList<ReportGroupDto> Groups, IReadOnlyList<ReportGapDto> Gaps, string? PreviousRoundId, IReadOnlyList<ReportChangeDto> Changes,
    IReadOnlyList<ReportHighlightDto> Strengths, IReadOnlyList<ReportHighlightDto> WeakestAreas, string? LargestGap,
    IReadOnlyList<ReportDistributionDto> Distributions, bool Released, DateTime ResultsFrom, int Responses,
    string View, IReadOnlyList<string>? SharedAreaIds);

internal static class ReportEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/rounds/{id}/report", GetAsync)
            .WithName("GetRoundReport")
            .WithSummary("The school report of a round: area means, agree shares and counts per group, gaps and change since the previous round; groups and areas under the anonymity threshold are suppressed, and an open round shows no numbers until it closes (released: false).")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<SchoolReportDto>> GetAsync(string id, string? lang, ClaimsPrincipal user, SchoolReportReader reader, CancellationToken ct)
    {
        var loaded = await reader.ReadAsync(id, user, ct);
        return TypedResults.Ok(ToDto(loaded, lang ?? Platform.Localisation.TextCatalog.CurrentLanguage()));
    }

    public static SchoolReportDto ToDto(LoadedReport loaded, string lang)
    {
        var r = loaded.Report;
        return new SchoolReportDto(
            r.RoundId, r.SchoolId, loaded.Instrument.Id, r.AnonymityThreshold,
            r.Groups.Select(g => new ReportGroupDto(g.Group, g.Suppressed ? null : g.Respondents, g.Suppressed,
                g.Suppressed ? [] : g.Areas.Select(a => new ReportAreaDto(a.AreaId, a.Mean, a.AgreeShare, a.Answered, a.Respondents, a.StandardDeviation, a.Suppressed)).ToList())).ToList(),
            r.Gaps.Select(g => new ReportGapDto(g.AreaId, g.GroupA, g.GroupB, g.Difference, g.IsLargest)).ToList(),
            r.PreviousRoundId,
            r.Changes.Select(c => new ReportChangeDto(c.AreaId, c.Group, c.Difference, c.EffectSize, c.CiLow, c.CiHigh, c.Mean, c.PreviousMean)).ToList(),
            r.Strengths.Select(h => Highlight(h, lang)).ToList(),
            r.WeakestAreas.Select(h => Highlight(h, lang)).ToList(),
            r.LargestGapSentence?.Get(lang),
            r.Distributions.Select(d => new ReportDistributionDto(d.ItemId, d.AreaId, d.Group, d.Counts, d.DontKnow)).ToList(),
            r.Released,
            loaded.Round.ClosedAt ?? loaded.Round.ClosesAt,
            r.Responses,
            loaded.SharedView is null ? "full" : "shared",
            loaded.AreaIds);
    }

    private static ReportHighlightDto Highlight(AreaHighlight h, string lang) => new(h.AreaId, h.Mean, h.Groups, h.Sentence.Get(lang));
}
