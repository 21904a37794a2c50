using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Clusters.ProposeClusters;

/// <summary>Runs the optimiser on a programme's participants and stores the proposal; shared by the API and the proposal page.</summary>
internal sealed class ProposeClustersHandler(
    AppDbContext db, ClustersAccess access, IProgrammeDirectory programmes, ISchoolDirectory schools, ISchoolNeedsSource needs)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ProposalDto> ProposeAsync(Guid programmeId, ProposeClustersRequest request, ClaimsPrincipal user, CancellationToken ct) =>
        await ProposeAsync(programmeId, request, user, null, ct);

    public async Task<ProposalDto> ProposeAsync(
        Guid programmeId, ProposeClustersRequest request, ClaimsPrincipal user, IProgress<ClusterProgress>? progress, CancellationToken ct)
    {
        await access.EnsureCoordinatesAsync(user, programmeId, request.HubId, ct);
        CheckRanges(request);
        var scope = await ProposalScope.LoadAsync(programmes, programmeId, request.HubId, ct);
        if (scope.Mentors.Count == 0)
        {
            throw new BusinessRuleException(new CatalogText(request.HubId is null ? "Clusters.Error.NoMentorsInProgramme" : "Clusters.Error.NoMentorsInHub"));
        }
        var settings = Normalise(request);
        var problem = await ProblemAsync(programmeId, scope, settings, ct);

        ClusterProposal result;
        try
        {
            // Off the request thread: a national run takes seconds of CPU.
            result = await Task.Run(() => ClusterOptimiser.Propose(problem, progress, ct), ct);
        }
        catch (ClusterRuleException e)
        {
            throw new InputException(e.Text, new Dictionary<string, CatalogText[]> { [FieldOf(e.Message)] = [e.Text] });
        }

        var stored = new StoredResult(
            result.Assignments.Select(a => new ProposedPair(a.MenteeId, a.MentorId, a.DistanceKm, a.Cost, a.Pinned, a.Reasons, [.. a.Why.Select(ProposalReason.Of)])).ToList(),
            result.Unassigned.Select(u => new UnassignedSchoolDto(u.SchoolId, u.Reason, ProposalReason.Of(u.Why))).ToList());
        var proposal = new Proposal
        {
            ProgrammeId = programmeId,
            HubId = settings.HubId,
            CreatedBy = user.UserId(),
            SettingsJson = JsonSerializer.Serialize(settings, Json),
            ResultJson = JsonSerializer.Serialize(stored, Json),
            TotalCost = result.TotalCost,
            Optimal = result.Optimal,
            SolveMs = result.SolveMs,
            Placed = result.Placed,
            GreedyPlaced = result.Greedy.Placed,
            GreedyTotalCost = result.Greedy.TotalCost,
            ParticipantsFingerprint = scope.Fingerprint(),
        };
        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        return ToDto(proposal);
    }

    public async Task<ProposalDto> GetAsync(Guid proposalId, ClaimsPrincipal user, CancellationToken ct)
    {
        var proposal = await db.Set<Proposal>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == proposalId, ct)
            ?? throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchProposal", proposalId));
        await access.VisibleProgrammeAsync(user, proposal.ProgrammeId, ct);
        if (!access.CanCoordinate(user, proposal.ProgrammeId, proposal.HubId))
        {
            throw new NotFoundException(new CatalogText("Clusters.Error.NoSuchProposal", proposalId));
        }
        return ToDto(proposal);
    }

    public static ProposalDto ToDto(Proposal p)
    {
        var stored = JsonSerializer.Deserialize<StoredResult>(p.ResultJson, Json)!;
        var settings = JsonSerializer.Deserialize<ProposeClustersRequest>(p.SettingsJson, Json)!;
        // What the optimiser saved against "each mentee takes the nearest mentor with room"; only
        // comparable when both placed the same number of schools.
        var saved = p.GreedyPlaced == p.Placed ? p.GreedyTotalCost - p.TotalCost : 0;
        return new ProposalDto(
            p.Id, p.ProgrammeId, p.HubId, stored.Assignments, stored.Unassigned, p.TotalCost, p.Optimal, p.SolveMs, p.Placed,
            new GreedyDto(p.GreedyPlaced, p.GreedyTotalCost), p.GreedyPlaced, p.GreedyTotalCost, saved, p.CreatedAt, p.AcceptedAt, settings);
    }

    /// <summary>
    /// Refuses settings outside their ranges before anything runs, naming each field: the request
    /// filter sees only the top level, and the page's form accepts NaN, infinities and 1e308, which
    /// would overflow the optimiser's costs.
    /// </summary>
    public static void CheckRanges(ProposeClustersRequest r)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        void Check(string field, string label, double? value, double max)
        {
            // Written so that NaN fails too.
            if (value is { } v && !(v >= 0 && v <= max))
            {
                errors[field] = [new CatalogText("Validation.Range", new CatalogText(label), 0, max)];
            }
        }
        Check("capacity", "Clusters.Field.Capacity", r.Capacity, ProposalLimits.MaxCapacity);
        Check("maxDistanceKm", "Clusters.Field.MaxDistance", r.MaxDistanceKm, ProposalLimits.MaxDistanceKm);
        Check("weights.distance", "Clusters.Weight.Distance", r.Weights?.Distance, ProposalLimits.MaxWeight);
        Check("weights.level", "Clusters.Weight.Level", r.Weights?.Level, ProposalLimits.MaxWeight);
        Check("weights.needs", "Clusters.Weight.Needs", r.Weights?.Needs, ProposalLimits.MaxWeight);
        Check("weights.priorities", "Clusters.Weight.Priorities", r.Weights?.Priorities, ProposalLimits.MaxWeight);
        foreach (var (_, capacity) in r.CapacityOverrides ?? [])
        {
            Check("capacityOverrides", "Clusters.Field.Overrides", capacity, ProposalLimits.MaxCapacity);
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Clusters.Error.SettingsOutOfRange"), errors);
        }
    }

    /// <summary>Fills the defaults in, so the stored settings say exactly what was run.</summary>
    private static ProposeClustersRequest Normalise(ProposeClustersRequest r)
    {
        var w = r.Weights;
        var weights = w is null
            ? new ProposalWeights(1, 0, 0, 0)
            : new ProposalWeights(w.Distance ?? 0, w.Level ?? 0, w.Needs ?? 0, w.Priorities ?? 0);
        return new ProposeClustersRequest(
            r.Capacity ?? Cluster.DefaultCapacity, r.MaxDistanceKm, weights,
            Pairs(r.Pins, "pins"), Pairs(r.Forbids, "forbids"),
            r.CapacityOverrides ?? [], r.RequireSameLevel ?? false, r.RequireSharedLanguage ?? false, r.HubId);
    }

    private static List<SchoolPairDto> Pairs(List<SchoolPairDto>? pairs, string field)
    {
        var result = new List<SchoolPairDto>();
        for (var k = 0; k < (pairs?.Count ?? 0); k++)
        {
            var p = pairs![k];
            if (string.IsNullOrWhiteSpace(p?.MenteeSchoolId) || string.IsNullOrWhiteSpace(p.MentorSchoolId))
            {
                throw new InputException(new CatalogText("Clusters.Error.PairsNameBoth"),
                    new Dictionary<string, CatalogText[]> { [$"{field}[{k}]"] = [new("Clusters.Error.PairNeedsBoth")] });
            }
            result.Add(new SchoolPairDto(p.MenteeSchoolId.Trim(), p.MentorSchoolId.Trim()));
        }
        return result;
    }

    private async Task<ClusterProblem> ProblemAsync(Guid programmeId, ProposalScope scope, ProposeClustersRequest s, CancellationToken ct)
    {
        var ids = scope.All.Select(p => p.SchoolId).ToList();
        var registry = await schools.FindManyAsync(ids, ct);
        var scores = await needs.LatestAreaScoresAsync(programmeId, ids, ct);
        ClusterSchool ToSchool(SchoolParticipation p)
        {
            var school = registry.GetValueOrDefault(p.SchoolId);
            var languages = string.IsNullOrWhiteSpace(school?.Language)
                ? new HashSet<string>()
                : new HashSet<string>(school.Language.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
            return new ClusterSchool(p.SchoolId, school?.Latitude, school?.Longitude, school?.Level ?? "combined",
                languages, p.Priorities.ToHashSet(StringComparer.Ordinal), scores.GetValueOrDefault(p.SchoolId), school?.Name);
        }
        var w = s.Weights!;
        var options = new ClusterOptions
        {
            DefaultCapacity = s.Capacity!.Value,
            CapacityOverrides = s.CapacityOverrides!,
            MaxDistanceKm = s.MaxDistanceKm,
            RequireSameLevelFamily = s.RequireSameLevel!.Value,
            RequireSharedLanguage = s.RequireSharedLanguage!.Value,
            Weights = new ClusterWeights(w.Distance!.Value, w.Level!.Value, w.Needs!.Value, w.Priorities!.Value),
            Pins = s.Pins!.Select(p => new SchoolPair(p.MenteeSchoolId!, p.MentorSchoolId!)).ToList(),
            Forbids = s.Forbids!.Select(p => new SchoolPair(p.MenteeSchoolId!, p.MentorSchoolId!)).ToList(),
            Labels = new ClusterLabels(await programmes.PrioritiesAsync(programmeId, ct), needs.AreaNames()),
        };
        return new ClusterProblem(scope.Mentees.Select(ToSchool).ToList(), scope.Mentors.Select(ToSchool).ToList(), options);
    }

    /// <summary>Names the request field an optimiser message is about, for the problem's errors map.</summary>
    private static string FieldOf(string message)
    {
        var m = message.ToLower(CultureInfo.InvariantCulture);
        return m.Contains("pin", StringComparison.Ordinal) ? "pins"
            : m.Contains("forbid", StringComparison.Ordinal) ? "forbids"
            : m.Contains("capacity is set", StringComparison.Ordinal) || m.Contains("capacity of", StringComparison.Ordinal) ? "capacityOverrides"
            : m.Contains("capacity", StringComparison.Ordinal) ? "capacity"
            : m.Contains("weight", StringComparison.Ordinal) ? "weights"
            : m.Contains("distance", StringComparison.Ordinal) ? "maxDistanceKm"
            : "participants";
    }
}
