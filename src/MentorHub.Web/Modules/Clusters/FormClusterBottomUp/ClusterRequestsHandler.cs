using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.FormClusterBottomUp;

/// <summary>A mentor school inviting a mentee school, or a mentee school asking a mentor; which one follows from who sends it.</summary>
internal sealed record CreateClusterRequest(
    [property: Required, StringLength(64, MinimumLength = 1)] string MentorSchoolId,
    [property: Required, StringLength(64, MinimumLength = 1)] string MenteeSchoolId,
    [property: StringLength(1000)] string? Message);

internal sealed record ClusterRequestDto(
    Guid Id, Guid ProgrammeId, Guid? HubId, string MentorSchoolId, string MenteeSchoolId, RequestDirection Direction,
    RequestStatus Status, string Message, DateTime CreatedAt, DateTime? RespondedAt, DateTime? DecidedAt, Guid? ClusterId);

/// <summary>Bottom-up formation: invite or ask, accept, approve. Shared by the API and the bottom-up page.</summary>
internal sealed class ClusterRequestsHandler(AppDbContext db, ClustersAccess access, IProgrammeDirectory programmes, ClusterNames names)
{
    private const int Attempts = 4;

    public async Task<IReadOnlyList<ClusterRequestDto>> ListAsync(Guid programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.VisibleProgrammeAsync(user, programmeId, ct);
        var requests = await db.Set<ClusterRequest>().AsNoTracking().Where(r => r.ProgrammeId == programmeId)
            .OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        var mine = ClustersAccess.SchoolsOf(user).ToHashSet(StringComparer.Ordinal);
        return [.. requests
            .Where(r => access.CanCoordinate(user, r.ProgrammeId, r.HubId) || mine.Contains(r.MentorSchoolId) || mine.Contains(r.MenteeSchoolId))
            .Select(ToDto)];
    }

    public async Task<ClusterRequestDto> CreateAsync(Guid programmeId, CreateClusterRequest input, ClaimsPrincipal user, CancellationToken ct)
    {
        await access.VisibleProgrammeAsync(user, programmeId, ct);
        var mentorId = input.MentorSchoolId.Trim();
        var menteeId = input.MenteeSchoolId.Trim();
        // Who may ask comes before what the programme's state allows: a refusal must not tell an outsider about the schools.
        var direction = ClustersAccess.ActsFor(user, mentorId) ? RequestDirection.Invite
            : ClustersAccess.ActsFor(user, menteeId) ? RequestDirection.Ask
            : throw new ForbiddenException(new CatalogText("Clusters.Error.OnlyPairSchools"));
        var participants = (await programmes.ParticipantsAsync(programmeId, ct)).Where(p => p.Status != "withdrawn").ToList();
        var mentor = participants.FirstOrDefault(p => p.SchoolId == mentorId && p.Role == "mentor");
        var mentee = participants.FirstOrDefault(p => p.SchoolId == menteeId && p.Role == "mentee");
        var errors = new Dictionary<string, CatalogText[]>();
        if (mentor is null)
        {
            errors["mentorSchoolId"] = [new("Clusters.Error.NotMentorOfProgramme", mentorId)];
        }
        if (mentee is null)
        {
            errors["menteeSchoolId"] = [new("Clusters.Error.NotMenteeOfProgramme", menteeId)];
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Clusters.Error.PairMentorAndMentee"), errors);
        }
        if (mentor!.HubId is { } a && mentee!.HubId is { } b && a != b)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.DifferentHubs"));
        }
        await EnsureStillPossibleAsync(programmeId, mentorId, menteeId, ct);

        var request = new ClusterRequest
        {
            ProgrammeId = programmeId,
            HubId = mentor.HubId ?? mentee!.HubId,
            MentorSchoolId = mentorId,
            MenteeSchoolId = menteeId,
            Direction = direction,
            Message = input.Message?.Trim() ?? "",
            CreatedBy = user.UserId(),
        };
        db.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.OpenRequestExists"));
        }
        return ToDto(request);
    }

    public Task<ClusterRequestDto> AcceptAsync(Guid requestId, ClaimsPrincipal user, CancellationToken ct) =>
        RespondAsync(requestId, user, (r, by, at) => r.Accept(by, at), checkStillPossible: true, ct);

    public Task<ClusterRequestDto> DeclineAsync(Guid requestId, ClaimsPrincipal user, CancellationToken ct) =>
        RespondAsync(requestId, user, (r, by, at) => r.Decline(by, at), checkStillPossible: false, ct);

    public async Task<ClusterRequestDto> WithdrawAsync(Guid requestId, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await LoadVisibleAsync(requestId, user, ct);
        if (!ClustersAccess.ActsFor(user, request.RequesterSchoolId))
        {
            throw new ForbiddenException(new CatalogText("Clusters.Error.OnlySender"));
        }
        request.Withdraw(user.UserId(), DateTime.UtcNow);
        await SaveAsync(ct);
        return ToDto(request);
    }

    public async Task<ClusterRequestDto> RejectAsync(Guid requestId, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await LoadVisibleAsync(requestId, user, ct);
        EnsureApprover(request, user);
        request.Reject(user.UserId(), DateTime.UtcNow);
        await SaveAsync(ct);
        return ToDto(request);
    }

    /// <summary>
    /// The hub's approval writes the membership. Capacity and one-cluster-per-mentee are guarded by
    /// the database (the cluster's version token and the unique open-membership index); a request that
    /// lost a race is retried on fresh data, so it either finds room or gets a clear 409.
    /// </summary>
    public async Task<ClusterRequestDto> ApproveAsync(Guid requestId, ClaimsPrincipal user, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var request = await LoadVisibleAsync(requestId, user, ct);
            EnsureApprover(request, user);
            var now = DateTime.UtcNow;
            try
            {
                await ApproveOnceAsync(request, user, now, ct);
                return ToDto(request);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await Task.Delay(Random.Shared.Next(5, 30) * attempt, ct);
            }
            catch (DbUpdateException)
            {
                throw new BusinessRuleException(new CatalogText("Clusters.Error.KeptChanging"));
            }
        }
    }

    private async Task ApproveOnceAsync(ClusterRequest request, ClaimsPrincipal user, DateTime now, CancellationToken ct)
    {
        var elsewhere = await db.Set<ClusterMember>().AnyAsync(
            m => m.ProgrammeId == request.ProgrammeId && m.SchoolId == request.MenteeSchoolId && m.LeftAt == null, ct);
        if (elsewhere && request.Status == RequestStatus.Accepted)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.AlreadyInCluster", request.MenteeSchoolId));
        }
        var cluster = await db.Set<Cluster>().Include(c => c.Members)
            .FirstOrDefaultAsync(c => c.ProgrammeId == request.ProgrammeId && c.MentorSchoolId == request.MentorSchoolId, ct);
        if (cluster is null)
        {
            cluster = Cluster.Start(request.ProgrammeId, request.HubId, request.MentorSchoolId, ClusterMode.BottomUp, Cluster.DefaultCapacity, await names.DefaultAsync(request.MentorSchoolId, ct));
            db.Add(cluster);
            await programmes.AssignClusterAsync(request.ProgrammeId, request.MentorSchoolId, cluster.Id, ct);
        }
        request.Approve(cluster, user.UserId(), now);
        await programmes.AssignClusterAsync(request.ProgrammeId, request.MenteeSchoolId, cluster.Id, ct);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ClusterRequestDto> RespondAsync(Guid requestId, ClaimsPrincipal user, Action<ClusterRequest, Guid?, DateTime> respond, bool checkStillPossible, CancellationToken ct)
    {
        var request = await LoadVisibleAsync(requestId, user, ct);
        if (!ClustersAccess.ActsFor(user, request.ResponderSchoolId))
        {
            throw new ForbiddenException(new CatalogText(request.Direction == RequestDirection.Invite
                ? "Clusters.Error.OnlyInvitedMentee"
                : "Clusters.Error.OnlyAskedMentor"));
        }
        if (checkStillPossible && request.Status == RequestStatus.Pending)
        {
            await EnsureStillPossibleAsync(request.ProgrammeId, request.MentorSchoolId, request.MenteeSchoolId, ct);
        }
        respond(request, user.UserId(), DateTime.UtcNow);
        await SaveAsync(ct);
        return ToDto(request);
    }

    /// <summary>Early, friendly refusals; the binding checks happen again when the hub approves.</summary>
    private async Task EnsureStillPossibleAsync(Guid programmeId, string mentorId, string menteeId, CancellationToken ct)
    {
        if (await db.Set<ClusterMember>().AnyAsync(m => m.ProgrammeId == programmeId && m.SchoolId == menteeId && m.LeftAt == null, ct))
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.AlreadyInCluster", menteeId));
        }
        var cluster = await db.Set<Cluster>().AsNoTracking().Include(c => c.Members)
            .FirstOrDefaultAsync(c => c.ProgrammeId == programmeId && c.MentorSchoolId == mentorId, ct);
        if (cluster is not null && !cluster.HasRoom)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.Full", mentorId, cluster.Capacity));
        }
    }

    private void EnsureApprover(ClusterRequest request, ClaimsPrincipal user)
    {
        if (!access.CanCoordinate(user, request.ProgrammeId, request.HubId))
        {
            throw new ForbiddenException(new CatalogText("Clusters.Error.OnlyApprovers"));
        }
    }

    private async Task<ClusterRequest> LoadVisibleAsync(Guid requestId, ClaimsPrincipal user, CancellationToken ct)
    {
        var request = await db.Set<ClusterRequest>().FirstOrDefaultAsync(r => r.Id == requestId, ct)
            ?? throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchRequest", requestId));
        if (!await programmes.CanSeeAsync(user, request.ProgrammeId, ct))
        {
            throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchRequest", requestId));
        }
        return request;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.RequestChangedMeanwhile"));
        }
    }

    private static ClusterRequestDto ToDto(ClusterRequest r) => new(
        r.Id, r.ProgrammeId, r.HubId, r.MentorSchoolId, r.MenteeSchoolId, r.Direction, r.Status, r.Message,
        r.CreatedAt, r.RespondedAt, r.DecidedAt, r.ClusterId);
}
