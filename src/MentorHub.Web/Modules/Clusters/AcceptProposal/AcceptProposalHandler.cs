using System.Security.Claims;
using System.Text.Json;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Clusters.ListClusters;
using MentorHub.Web.Modules.Clusters.ProposeClusters;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.AcceptProposal;

/// <summary>
/// Turns a proposal into clusters: each mentor of the proposal leads a top-down cluster, each mentee
/// of the run ends up in its proposed mentor's cluster (or in none). Memberships that change are
/// closed and opened with dates, so the history of who was where survives.
/// </summary>
internal sealed class AcceptProposalHandler(AppDbContext db, ClustersAccess access, IProgrammeDirectory programmes, ClusterNames names)
{
    public async Task<IReadOnlyList<ClusterDto>> AcceptAsync(Guid proposalId, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Set<Proposal>().FirstOrDefaultAsync(p => p.Id == proposalId, ct)
            ?? throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchProposal", proposalId));
        await access.EnsureCoordinatesAsync(user, proposal.ProgrammeId, proposal.HubId, ct);
        var scope = await ProposalScope.LoadAsync(programmes, proposal.ProgrammeId, proposal.HubId, ct);
        var now = DateTime.UtcNow;
        proposal.MarkAccepted(scope.Fingerprint(), user.UserId(), now);

        var result = JsonSerializer.Deserialize<StoredResult>(proposal.ResultJson, ProposeClustersHandler.Json)!;
        var settings = JsonSerializer.Deserialize<ProposeClustersRequest>(proposal.SettingsJson, ProposeClustersHandler.Json)!;
        var target = result.Assignments.ToDictionary(a => a.MenteeSchoolId, a => a.MentorSchoolId, StringComparer.Ordinal);
        var hubOf = scope.All.ToDictionary(p => p.SchoolId, p => p.HubId, StringComparer.Ordinal);
        var defaultNames = await names.DefaultsAsync(result.Assignments.Select(a => a.MentorSchoolId), ct);

        // The demo seeder already runs everything in one transaction of its own.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var clusters = await db.Set<Cluster>().Include(c => c.Members)
                .Where(c => c.ProgrammeId == proposal.ProgrammeId).ToListAsync(ct);

            // First every move out, saved, so no school is ever in two open clusters, not even inside the transaction.
            var changed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mentee in scope.Mentees)
            {
                var current = clusters.FirstOrDefault(c => c.CurrentMenteeIds.Contains(mentee.SchoolId));
                var wanted = target.GetValueOrDefault(mentee.SchoolId);
                if (current is not null && current.MentorSchoolId != wanted)
                {
                    current.Leave(mentee.SchoolId, now, MemberReasons.Reformed);
                    changed.Add(mentee.SchoolId);
                }
            }
            await db.SaveChangesAsync(ct);

            foreach (var group in result.Assignments.GroupBy(a => a.MentorSchoolId, StringComparer.Ordinal))
            {
                var capacity = settings.CapacityOverrides?.GetValueOrDefault(group.Key) is { } o and > 0 ? o : settings.Capacity ?? Cluster.DefaultCapacity;
                var cluster = clusters.FirstOrDefault(c => c.MentorSchoolId == group.Key);
                if (cluster is null)
                {
                    cluster = Cluster.Start(proposal.ProgrammeId, hubOf.GetValueOrDefault(group.Key), group.Key, ClusterMode.TopDown, 0, defaultNames[group.Key]);
                    db.Add(cluster);
                    clusters.Add(cluster);
                    await programmes.AssignClusterAsync(proposal.ProgrammeId, group.Key, cluster.Id, ct);
                }
                cluster.Mode = ClusterMode.TopDown;
                cluster.ProposalId = proposal.Id;
                var staying = cluster.CurrentMenteeIds.Count();
                var joining = group.Count(a => !cluster.CurrentMenteeIds.Contains(a.MenteeSchoolId));
                cluster.SetCapacity(Math.Max(capacity, staying + joining));
                foreach (var pair in group)
                {
                    if (!cluster.CurrentMenteeIds.Contains(pair.MenteeSchoolId))
                    {
                        cluster.Join(pair.MenteeSchoolId, now, pair.Pinned ? MemberReasons.Pinned : MemberReasons.Proposed);
                        changed.Add(pair.MenteeSchoolId);
                    }
                }
            }
            foreach (var schoolId in changed)
            {
                var cluster = clusters.FirstOrDefault(c => c.CurrentMenteeIds.Contains(schoolId));
                await programmes.AssignClusterAsync(proposal.ProgrammeId, schoolId, cluster?.Id, ct);
            }
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return ListClustersHandler.ToDtos(clusters.Where(c => result.Assignments.Any(a => a.MentorSchoolId == c.MentorSchoolId)));
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CatalogText("Clusters.Error.ProposalChangedMeanwhile"));
        }
        catch (DbUpdateException)
        {
            // A unique index refused a second open cluster or membership written by a concurrent request.
            throw new BusinessRuleException(new CatalogText("Clusters.Error.ClustersChangedWhileAccepting"));
        }
    }
}
