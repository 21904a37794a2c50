using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ListClusters;

/// <summary>The contract's cluster row, plus what the pages show beside it.</summary>
internal sealed record ClusterDto(
    Guid Id, string MentorSchoolId, IReadOnlyList<string> MenteeSchoolIds, ClusterMode Mode,
    Guid? HubId, string Name, int Capacity, DateTime CreatedAt);

internal sealed record MemberDto(string SchoolId, MemberRole Role, DateTime JoinedAt, string JoinReason, DateTime? LeftAt, string LeaveReason);

internal sealed record LinkDto(Guid Id, string Title, string Url);

internal sealed record CoordinatorDto(string Name, string Email, string SchoolId);

internal sealed record ClusterDetailDto(
    Guid Id, Guid ProgrammeId, string MentorSchoolId, IReadOnlyList<string> MenteeSchoolIds, ClusterMode Mode,
    Guid? HubId, string Name, int Capacity, DateTime CreatedAt,
    IReadOnlyList<MemberDto> History, IReadOnlyList<LinkDto> Links, IReadOnlyList<CoordinatorDto> Coordinators,
    [property: System.Text.Json.Serialization.JsonIgnore] bool ContactsShown);

internal sealed class ListClustersHandler(AppDbContext db, ClustersAccess access)
{
    public async Task<IReadOnlyList<ClusterDto>> ListAsync(Guid programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.VisibleProgrammeAsync(user, programmeId, ct);
        var clusters = await db.Set<Cluster>().AsNoTracking().Include(c => c.Members)
            .Where(c => c.ProgrammeId == programmeId).ToListAsync(ct);
        return ToDtos(clusters);
    }

    public async Task<ClusterDetailDto> GetAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Set<Cluster>().AsNoTracking().Include(x => x.Members).Include(x => x.Links).Include(x => x.Coordinators)
            .FirstOrDefaultAsync(x => x.Id == clusterId, ct) ?? throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchCluster", clusterId));
        var resource = ClustersAccess.ResourceOf(c);
        await access.EnsureAsync(user, resource, ClusterOperations.Read);
        var contacts = await access.AllowsAsync(user, resource, ClusterOperations.ReadContacts);
        return new ClusterDetailDto(
            c.Id, c.ProgrammeId, c.MentorSchoolId, [.. c.CurrentMenteeIds.Order(StringComparer.Ordinal)], c.Mode, c.HubId, c.Name, c.Capacity, c.CreatedAt,
            [.. c.Members.OrderBy(m => m.JoinedAt).ThenBy(m => m.SchoolId, StringComparer.Ordinal)
                .Select(m => new MemberDto(m.SchoolId, m.Role, m.JoinedAt, m.JoinReason, m.LeftAt, m.LeaveReason))],
            [.. c.Links.OrderBy(l => l.AddedAt).Select(l => new LinkDto(l.Id, l.Title, l.Url))],
            // Readers who do not work with the cluster learn which schools coordinate it, not who or how to reach them.
            [.. c.Coordinators.Select(k => contacts ? new CoordinatorDto(k.Name, k.Email, k.SchoolId) : new CoordinatorDto("", "", k.SchoolId))],
            contacts);
    }

    public static IReadOnlyList<ClusterDto> ToDtos(IEnumerable<Cluster> clusters) =>
        [.. clusters.OrderBy(c => c.MentorSchoolId, StringComparer.Ordinal)
            .Select(c => new ClusterDto(c.Id, c.MentorSchoolId, [.. c.CurrentMenteeIds.Order(StringComparer.Ordinal)], c.Mode, c.HubId, c.Name, c.Capacity, c.CreatedAt))];
}
