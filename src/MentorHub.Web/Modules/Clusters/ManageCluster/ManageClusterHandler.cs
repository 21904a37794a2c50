using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Clusters.ListClusters;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ManageCluster;

internal sealed record AddLinkRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Title,
    [property: Required, StringLength(1000, MinimumLength = 1)] string Url);

internal sealed record AddCoordinatorRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string Name,
    [property: EmailAddress, StringLength(254)] string? Email,
    [property: StringLength(64)] string? SchoolId);

internal sealed record RenameClusterRequest([property: Required, StringLength(Cluster.NameMaxLength, MinimumLength = 1)] string Name);

internal sealed record LeaveClusterRequest([property: StringLength(200)] string? Reason);

/// <summary>The cluster as a thing of its own: its shared space, its coordinators, schools leaving it.</summary>
internal sealed class ManageClusterHandler(AppDbContext db, ClustersAccess access, IProgrammeDirectory programmes, ListClustersHandler clusters)
{
    public async Task<LinkDto> AddLinkAsync(Guid clusterId, AddLinkRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await LoadAsync(clusterId, user, mentorMayEdit: true, ct);
        var link = cluster.AddLink(request.Title, request.Url);
        db.Add(link);
        await db.SaveChangesAsync(ct);
        return new LinkDto(link.Id, link.Title, link.Url);
    }

    public async Task<CoordinatorDto> AddCoordinatorAsync(Guid clusterId, AddCoordinatorRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await LoadAsync(clusterId, user, mentorMayEdit: true, ct);
        var schoolId = string.IsNullOrWhiteSpace(request.SchoolId) ? cluster.MentorSchoolId : request.SchoolId.Trim();
        if (!cluster.CurrentMembers.Any(m => m.SchoolId == schoolId))
        {
            throw new InputException(new CatalogText("Clusters.Error.CoordinatorFromCluster"), new Dictionary<string, CatalogText[]> { ["schoolId"] = [new("Clusters.Error.NotInCluster", schoolId)] });
        }
        var coordinator = new ClusterCoordinator { ClusterId = cluster.Id, Name = request.Name.Trim(), Email = request.Email?.Trim() ?? "", SchoolId = schoolId };
        db.Add(coordinator);
        await db.SaveChangesAsync(ct);
        return new CoordinatorDto(coordinator.Name, coordinator.Email, coordinator.SchoolId);
    }

    public async Task<ClusterDetailDto> RenameAsync(Guid clusterId, RenameClusterRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await LoadAsync(clusterId, user, mentorMayEdit: true, ct);
        cluster.Rename(request.Name);
        await db.SaveChangesAsync(ct);
        return await clusters.GetAsync(clusterId, user, ct);
    }

    /// <summary>A mentee school leaves: the membership gets an end date, the school's participation loses its cluster.</summary>
    public async Task<ClusterDetailDto> LeaveAsync(Guid clusterId, string schoolId, LeaveClusterRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await LoadAsync(clusterId, user, mentorMayEdit: false, ct, allowSchool: schoolId);
        cluster.Leave(schoolId, DateTime.UtcNow, string.IsNullOrWhiteSpace(request.Reason) ? MemberReasons.Left : request.Reason.Trim());
        await programmes.AssignClusterAsync(cluster.ProgrammeId, schoolId, null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.ChangedMeanwhile"));
        }
        return await clusters.GetAsync(clusterId, user, ct);
    }

    private async Task<Cluster> LoadAsync(Guid clusterId, ClaimsPrincipal user, bool mentorMayEdit, CancellationToken ct, string? allowSchool = null)
    {
        var cluster = await db.Set<Cluster>().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == clusterId, ct)
            ?? throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchCluster", clusterId));
        var resource = ClustersAccess.ResourceOf(cluster);
        await access.EnsureAsync(user, resource, ClusterOperations.Read);
        var allowed = await access.AllowsAsync(user, resource, mentorMayEdit ? ClusterOperations.Edit : ClusterOperations.Coordinate)
            || (allowSchool is not null && ClustersAccess.ActsFor(user, allowSchool));
        return allowed ? cluster : throw new ForbiddenException(new CatalogText("Clusters.Error.OnlyClusterEditors"));
    }
}
