using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Modules.Journey.ShowJourney;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Journey.MoveJourney;

/// <param name="SchoolId">One member school, or none for the cluster as a whole.</param>
/// <param name="Phase">One of the contract's phase names (<c>anchoring-meeting</c>, ...).</param>
internal sealed record MoveRequest(
    [property: StringLength(64)] string? SchoolId,
    [property: Required, StringLength(40)] string Phase,
    [property: StringLength(JourneyTrack.NoteMaxLength)] string? Note);

/// <summary>Moves a cluster, or one of its schools, to a phase: forward, back, or into the next cycle.</summary>
internal sealed class MoveJourneyHandler(AppDbContext db, JourneyAccess access, TimeProvider clock)
{
    public async Task<MoveDto> MoveAsync(Guid clusterId, MoveRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        var schoolId = string.IsNullOrWhiteSpace(request.SchoolId) ? null : request.SchoolId.Trim();
        if (schoolId is not null)
        {
            JourneyAccess.EnsureMember(cluster, schoolId);
        }
        await access.EnsureAsync(user, cluster, JourneyOperations.Move, schoolId);
        if (!JourneyPhases.TryParse(request.Phase?.Trim(), out var phase))
        {
            throw new InputException(new CatalogText("Journey.Error.UnknownPhase"),
                new Dictionary<string, CatalogText[]> { ["phase"] = [new("Journey.Error.PhaseOneOf", string.Join(", ", JourneyPhases.All.Select(p => p.Name())))] });
        }

        var tracks = await db.Set<JourneyTrack>().Where(t => t.ClusterId == cluster.Id && (t.SchoolId == JourneyTrack.ClusterWide || t.SchoolId == schoolId)).ToListAsync(ct);
        var own = tracks.SingleOrDefault(t => t.IsClusterWide);
        if (own is null)
        {
            own = JourneyTrack.ForCluster(cluster.ProgrammeId, cluster.Id);
            db.Add(own);
        }
        var track = own;
        if (schoolId is not null)
        {
            track = tracks.SingleOrDefault(t => t.SchoolId == schoolId);
            if (track is null)
            {
                track = JourneyTrack.ForSchool(own, schoolId);
                db.Add(track);
            }
        }
        var (by, name) = JourneyAccess.Who(user);
        var move = track.MoveTo(phase, by, name, clock.GetUtcNow().UtcDateTime, request.Note);
        db.Add(move);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CatalogText("Journey.Error.MovedMeanwhile"));
        }
        return ShowJourneyHandler.ToDto(move);
    }
}
