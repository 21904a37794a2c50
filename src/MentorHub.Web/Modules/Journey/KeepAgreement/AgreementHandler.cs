using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Journey.KeepAgreement;

internal sealed record AgreementRequest(
    [property: StringLength(AgreementText.LongMaxLength)] string? People,
    [property: StringLength(AgreementText.LongMaxLength)] string? Goals,
    [property: StringLength(AgreementText.ShortMaxLength)] string? MeetingRhythm,
    [property: StringLength(AgreementText.LongMaxLength)] string? Roles)
{
    public AgreementText ToText() => new(People ?? "", Goals ?? "", MeetingRhythm ?? "", Roles ?? "");
}

internal sealed record ConfirmAgreementRequest([property: Required, StringLength(64, MinimumLength = 1)] string SchoolId);

internal sealed record ConfirmationDto(string SchoolId, int Version, Guid? ByUserId, string ByName, DateTime At);

/// <summary>How many confirmations the last edit cleared, and when.</summary>
internal sealed record ClearedConfirmationsDto(int Count, DateTime At);

/// <param name="Version">0 while nothing is written; the <c>ETag</c> is this number in quotes (<see cref="EntityTag.Of"/>).</param>
/// <param name="Schools">The cluster's current member schools: who the agreement binds and who confirms it.</param>
/// <param name="Cleared">Set when an edit cleared earlier confirmations: the schools have to confirm the new version.</param>
internal sealed record AgreementDto(
    Guid ClusterId, int Version, string People, string Goals, string MeetingRhythm, string Roles, IReadOnlyList<string> Schools,
    DateTime? UpdatedAt, string? UpdatedBy, IReadOnlyList<ConfirmationDto> Confirmations, ClearedConfirmationsDto? Cleared);

internal sealed record AgreementView(AgreementDto Agreement, string ClusterName, string MentorSchoolId, bool MayEdit, IReadOnlyList<string> ConfirmableSchools);

/// <summary>A write's outcome: saved, or refused because the agreement changed since the writer read it.</summary>
/// <param name="Unconditional">The writer named no version (no <c>If-Match</c>, or <c>*</c>): nothing was written.</param>
internal sealed record AgreementWrite(AgreementDto Agreement, bool Stale, bool Created = false, bool Unconditional = false);

/// <summary>Reads, writes and confirms a cluster's anchoring agreement, version by version.</summary>
internal sealed class AgreementHandler(AppDbContext db, JourneyAccess access, TimeProvider clock)
{
    public async Task<AgreementDto> GetAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        var agreement = await LoadAsync(cluster, tracked: false, ct);
        return ToDto(agreement, cluster);
    }

    /// <summary>The agreement with what the caller may do: write it, and confirm it for which schools.</summary>
    public async Task<AgreementView> GetPageAsync(Guid clusterId, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        var agreement = await LoadAsync(cluster, tracked: false, ct);
        var confirmable = new List<string>();
        foreach (var school in cluster.SchoolIds)
        {
            if (await access.AllowsAsync(user, cluster, JourneyOperations.ConfirmAgreement, school))
            {
                confirmable.Add(school);
            }
        }
        return new AgreementView(ToDto(agreement, cluster), cluster.Name, cluster.MentorSchoolId, await access.AllowsAsync(user, cluster, JourneyOperations.EditAgreement), confirmable);
    }

    /// <param name="ifMatch">The <c>If-Match</c> the writer sent (or the page's version); none or <c>*</c> refuses the write after authorization (428).</param>
    public async Task<AgreementWrite> SaveAsync(Guid clusterId, AgreementRequest request, IfMatch ifMatch, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        await access.EnsureAsync(user, cluster, JourneyOperations.EditAgreement, null);
        var agreement = await LoadAsync(cluster, tracked: true, ct);
        if (ifMatch.IsUnconditional)
        {
            return new AgreementWrite(ToDto(agreement, cluster), Stale: false, Unconditional: true);
        }
        if (!ifMatch.Matches(agreement.Version))
        {
            return new AgreementWrite(ToDto(agreement, cluster), Stale: true);
        }
        var (by, name) = JourneyAccess.Who(user);
        var isNew = agreement.Version == 0;
        agreement.Edit(request.ToText(), by, name, clock.GetUtcNow().UtcDateTime);
        if (isNew)
        {
            db.Add(agreement);
        }
        return await CommitAsync(agreement, cluster, isNew, ct);
    }

    public async Task<AgreementWrite> ConfirmAsync(Guid clusterId, ConfirmAgreementRequest request, IfMatch ifMatch, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await access.ReadableAsync(user, clusterId, ct);
        var schoolId = request.SchoolId.Trim();
        JourneyAccess.EnsureMember(cluster, schoolId);
        await access.EnsureAsync(user, cluster, JourneyOperations.ConfirmAgreement, schoolId);
        var agreement = await LoadAsync(cluster, tracked: true, ct);
        if (ifMatch.IsUnconditional)
        {
            return new AgreementWrite(ToDto(agreement, cluster), Stale: false, Unconditional: true);
        }
        if (!ifMatch.Matches(agreement.Version))
        {
            return new AgreementWrite(ToDto(agreement, cluster), Stale: true);
        }
        var (by, name) = JourneyAccess.Who(user);
        var confirmation = agreement.Confirm(schoolId, by, name, clock.GetUtcNow().UtcDateTime);
        if (confirmation is null)
        {
            return new AgreementWrite(ToDto(agreement, cluster), Stale: false);
        }
        db.Add(confirmation);
        return await CommitAsync(agreement, cluster, created: true, ct);
    }

    private async Task<AgreementWrite> CommitAsync(Agreement agreement, ClusterMembers cluster, bool created, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new AgreementWrite(ToDto(await LoadAsync(cluster, tracked: false, ct), cluster), Stale: true);
        }
        return new AgreementWrite(ToDto(agreement, cluster), Stale: false, Created: created);
    }

    private async Task<Agreement> LoadAsync(ClusterMembers cluster, bool tracked, CancellationToken ct)
    {
        var query = db.Set<Agreement>().Include(a => a.Confirmations).Where(a => a.ClusterId == cluster.Id);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct) ?? Agreement.Draft(cluster.ProgrammeId, cluster.Id);
    }

    internal static AgreementDto ToDto(Agreement a, ClusterMembers cluster) => new(
        a.ClusterId, a.Version, a.People, a.Goals, a.MeetingRhythm, a.Roles, cluster.SchoolIds, a.UpdatedAt,
        a.Version == 0 ? null : a.UpdatedByName,
        [.. a.Confirmations.Where(c => cluster.SchoolIds.Contains(c.SchoolId)).OrderBy(c => c.At).Select(c => new ConfirmationDto(c.SchoolId, c.Version, c.ByUserId, c.ByName, c.At))],
        a.ClearedAt is { } at ? new ClearedConfirmationsDto(a.ClearedConfirmations, at) : null);
}
