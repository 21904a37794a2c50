using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.SelfAssessment.ShareReports;

internal sealed record NeedsAreaDto(string AreaId, string Name);

/// <param name="Status"><c>shown</c>; <c>suppressed</c> (fewer respondents than the threshold in every group: no number);
/// <c>not-shared</c> (the school did not share this with the caller); <c>no-report</c> (no closed self-assessment yet).</param>
/// <param name="Gap">Leaders' mean minus teachers' mean, when both groups are shown.</param>
internal sealed record NeedsCellDto(string AreaId, string Status, double? Mean, double? LeadersMean, double? TeachersMean, double? Gap);

internal sealed record NeedsGapDto(string AreaId, double Difference);

/// <param name="Status"><c>shown</c> (all areas or the shared ones), <c>not-shared</c> or <c>no-report</c>.</param>
/// <param name="SharedAreaIds">When the school shared chosen areas with the caller: those; null otherwise.</param>
/// <param name="WeakestAreaIds">The two lowest shown areas, weakest first.</param>
/// <param name="LargestGap">The shown area where leaders and teachers differ most.</param>
internal sealed record NeedsSchoolDto(
    string SchoolId, string Role, string Status, string? RoundId, DateTime? ClosedAt, IReadOnlyList<string>? SharedAreaIds,
    IReadOnlyList<NeedsCellDto> Cells, IReadOnlyList<string> WeakestAreaIds, NeedsGapDto? LargestGap);

internal sealed record ClusterNeedsDto(Guid ClusterId, Guid ProgrammeId, int AnonymityThreshold, IReadOnlyList<NeedsAreaDto> Areas, IReadOnlyList<NeedsSchoolDto> Schools);

internal static class ClusterNeedsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/clusters/{id:guid}/needs", GetAsync)
            .WithName("GetClusterNeeds")
            .WithSummary("The cluster's needs side by side: per school (mentor first) the area means of its latest closed self-assessment, shown only to those who run its rounds or with whom the school shared it; suppressed and unshared cells carry a status and no number.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<ClusterNeedsDto>> GetAsync(Guid id, string? lang, ClaimsPrincipal user, ClusterNeedsReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync(id, user, lang ?? TextCatalog.CurrentLanguage(), ct));
}

/// <summary>
/// Shared by the cluster page's section and the API. Numbers come from <see cref="ISchoolNeeds"/> only,
/// which applies the anonymity policy; this class only decides whose columns the caller may see
/// (ADR 0016) and never adds a figure of its own beyond picking among shown ones.
/// </summary>
internal sealed class ClusterNeedsReader(IClusterDirectory clusters, IProgrammeDirectory programmes, ISchoolNeeds needs, ReportShares shares, RoundAccess access, IAuthorizationService authorization)
{
    private const int Weakest = 2;

    public async Task<ClusterNeedsDto> ReadAsync(Guid clusterId, ClaimsPrincipal user, string lang, CancellationToken ct)
    {
        var cluster = await clusters.MembersAsync(clusterId, ct);
        if (cluster is null || !await authorization.AllowsAsync(user, new ClusterResource(cluster.Id, cluster.ProgrammeId, cluster.HubId, cluster.MentorSchoolId, cluster.SchoolIds), ClusterOperations.Read))
        {
            throw new NotFoundException(new CatalogText("SelfAssessment.Needs.Error.NoSuchCluster", clusterId));
        }
        var threshold = (await programmes.FindAsync(cluster.ProgrammeId, ct))?.AnonymityThreshold ?? 0;
        var areas = needs.Areas().Select(a => new NeedsAreaDto(a.AreaId, a.Names.GetValueOrDefault(lang) ?? a.Names.GetValueOrDefault("en") ?? a.AreaId)).ToList();
        var latest = await needs.LatestAsync(cluster.ProgrammeId, cluster.SchoolIds, ct);
        var active = await shares.ActiveAsync([.. latest.Values.Select(n => n.RoundId)], ct);
        var schools = new List<NeedsSchoolDto>();
        foreach (var schoolId in cluster.SchoolIds)
        {
            var role = schoolId == cluster.MentorSchoolId ? "mentor" : "mentee";
            var full = await access.CanManageAsync(user, schoolId, cluster.ProgrammeId, ct);
            if (!latest.TryGetValue(schoolId, out var school))
            {
                // Whether a school has a report at all is for those who run its rounds to know.
                var status = full ? "no-report" : "not-shared";
                schools.Add(new(schoolId, role, status, null, null, null, [.. areas.Select(a => Hidden(a.AreaId, status))], [], null));
                continue;
            }
            var share = active.GetValueOrDefault(school.RoundId);
            var readable = full || await access.CanReadSharedNeedsAsync(user, new SurveyRoundKey(school.RoundId, schoolId, cluster.ProgrammeId), share);
            if (!readable)
            {
                schools.Add(new(schoolId, role, "not-shared", null, null, null, [.. areas.Select(a => Hidden(a.AreaId, "not-shared"))], [], null));
                continue;
            }
            var sharedAreas = full ? null : share?.AreaIds;
            bool Covers(string areaId) => sharedAreas is null || sharedAreas.Contains(areaId, StringComparer.Ordinal);
            var shown = school.Areas.Where(a => Covers(a.AreaId)).ToList();
            var cells = areas.Select(a => !Covers(a.AreaId) ? Hidden(a.AreaId, "not-shared")
                    : shown.FirstOrDefault(n => n.AreaId == a.AreaId) is { } n ? new NeedsCellDto(a.AreaId, "shown", n.Mean, n.LeadersMean, n.TeachersMean, n.Gap)
                    : Hidden(a.AreaId, "suppressed"))
                .ToList();
            // ISchoolNeeds lists areas weakest first.
            var weakest = shown.Take(Weakest).Select(a => a.AreaId).ToList();
            var gap = shown.Where(a => a.Gap is not null && a.Gap != 0).OrderByDescending(a => Math.Abs(a.Gap!.Value)).Select(a => new NeedsGapDto(a.AreaId, a.Gap!.Value)).FirstOrDefault();
            schools.Add(new(schoolId, role, "shown", school.RoundId, school.ClosedAt, sharedAreas, cells, weakest, gap));
        }
        return new ClusterNeedsDto(cluster.Id, cluster.ProgrammeId, threshold, areas, schools);
    }

    private static NeedsCellDto Hidden(string areaId, string status) => new(areaId, status, null, null, null, null);
}
