using System.Security.Cryptography;
using System.Text;
using MentorHub.Web.Modules.Programs.Api;

namespace MentorHub.Web.Modules.Clusters.ProposeClusters;

/// <summary>The participants a top-down run works on: not withdrawn, and of one hub when a hub is named.</summary>
internal sealed record ProposalScope(IReadOnlyList<SchoolParticipation> Mentors, IReadOnlyList<SchoolParticipation> Mentees)
{
    public IEnumerable<SchoolParticipation> All => Mentors.Concat(Mentees);

    public static async Task<ProposalScope> LoadAsync(IProgrammeDirectory programmes, Guid programmeId, Guid? hubId, CancellationToken ct)
    {
        var participants = (await programmes.ParticipantsAsync(programmeId, ct))
            .Where(p => p.Status != "withdrawn" && (hubId is null || p.HubId == hubId))
            .OrderBy(p => p.SchoolId, StringComparer.Ordinal)
            .ToList();
        return new ProposalScope(
            participants.Where(p => p.Role == "mentor").ToList(),
            participants.Where(p => p.Role == "mentee").ToList());
    }

    /// <summary>
    /// Changes whenever a school of the scope joins, withdraws, changes role or hub, or moves cluster,
    /// so accepting a proposal made on other facts is refused rather than applied.
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var p in All.OrderBy(p => p.SchoolId, StringComparer.Ordinal))
        {
            text.Append(p.SchoolId).Append('|').Append(p.Role).Append('|').Append(p.HubId).Append('|').Append(p.ClusterId).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
