using System.Security.Claims;
using System.Text.Json.Serialization;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Evaluation.ReadOutcomes;

internal sealed record OutcomeItemDto(string ItemId, int Respondents, double? AgreeShare, double? CiLow, double? CiHigh, string Text);

/// <summary>A suppressed scope carries its id, its name and the flag only.</summary>
internal sealed record OutcomeScopeDto(
    string Scope,
    string ScopeId,
    bool Suppressed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Respondents,
    IReadOnlyList<OutcomeItemDto> Items)
{
    /// <summary>The scope's readable name (a cluster's name, a school's); its id when it has none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }
}

internal static class OutcomesEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/programmes/{id:guid}/outcomes", GetAsync)
            .WithName("GetOutcomes")
            .WithSummary("Outcome survey agree shares with 95% Wilson intervals by programme, hub, cluster, school or mode (top-down or bottom-up clusters); scopes under the anonymity threshold are suppressed.")
            .RequireAuthorization(Policies.SignedIn);

    private static async Task<Ok<List<OutcomeScopeDto>>> GetAsync(
        Guid id, string? by, string? lang, ClaimsPrincipal user, OutcomesReader reader, OutcomeScopeNames scopeNames, CancellationToken ct)
    {
        var scope = by ?? OutcomeScopes.Programme;
        var (programme, scopes) = await reader.ReadAsync(id, scope, lang ?? Platform.Localisation.TextCatalog.CurrentLanguage(), user, ct);
        var names = await scopeNames.ReadAsync(programme, scope, scopes.Select(s => s.ScopeId), ct);
        return TypedResults.Ok(scopes.Select(s => s with { Name = names.GetValueOrDefault(s.ScopeId, s.ScopeId) }).ToList());
    }
}

/// <summary>The programme read for the check, handed on so callers need not read it again.</summary>
internal sealed record OutcomesRead(ProgrammeSummary Programme, List<OutcomeScopeDto> Scopes);

/// <summary>Shared by the API and the programme's outcome page.</summary>
internal sealed class OutcomesReader(IProgrammeDirectory programmes, ISurveyResults results, IClusterDirectory clusters, IAuthorizationService authorization)
{
    public async Task<OutcomesRead> ReadAsync(Guid programmeId, string by, string language, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!OutcomeScopes.All.Contains(by))
        {
            throw new InputException("Unknown scope.", new Dictionary<string, string[]> { ["by"] = [$"Use one of {string.Join(", ", OutcomeScopes.All)}."] });
        }
        var programme = await programmes.FindAsync(programmeId, ct) ?? throw new NotFoundException($"No programme with the id '{programmeId}'.");
        await authorization.EnsureAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read, OutcomeOperations.Read,
            new Platform.Localisation.CatalogText("Programs.Error.NoSuchProgramme", programmeId), new Platform.Localisation.CatalogText("Evaluation.Outcomes.NotAllowed"));
        var participants = (await programmes.ParticipantsAsync(programmeId, ct)).ToDictionary(p => p.SchoolId);
        // Every scope is built from the schools the caller may read results of: a hub coordinator's
        // "programme" is the pool of their hubs' schools, never a total that other hubs could be worked out from.
        var readable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in participants.Values)
        {
            if (await authorization.AllowsAsync(user, new SchoolResource(p.SchoolId, p.ProgrammeId, p.HubId, p.ClusterId), SchoolOperations.ReadResults))
            {
                readable.Add(p.SchoolId);
            }
        }
        var modes = by == OutcomeScopes.Mode
            ? (await clusters.ClustersAsync(programmeId, ct)).ToDictionary(c => c.Id, c => c.Mode)
            : [];
        Func<string, string?> scopeOf = by switch
        {
            OutcomeScopes.Programme => _ => programmeId.ToString(),
            OutcomeScopes.Hub => s => participants.GetValueOrDefault(s)?.HubId?.ToString(),
            OutcomeScopes.Cluster => s => participants.GetValueOrDefault(s)?.ClusterId?.ToString(),
            OutcomeScopes.Mode => s => participants.GetValueOrDefault(s)?.ClusterId is { } c ? modes.GetValueOrDefault(c) : null,
            _ => s => s,
        };
        var policy = AnonymityPolicy.Of(programme);
        var tallies = await results.OutcomeTalliesAsync(programmeId, language, policy, ct);
        var built = OutcomeReportBuilder.Build(
            by, tallies.ItemIds,
            tallies.Schools.Where(s => readable.Contains(s.SchoolId)).Select(s => new OutcomeSchoolTally(s.SchoolId, s.Responses, s.Items.Select(i => new OutcomeItemTally(i.ItemId, i.Answered, i.Agree)).ToList())),
            scopeOf, policy);
        return new OutcomesRead(programme, built.Select(s => new OutcomeScopeDto(s.Scope, s.ScopeId, s.Suppressed, s.Respondents,
            s.Items.Select(i => new OutcomeItemDto(i.ItemId, i.Respondents, i.AgreeShare, i.CiLow, i.CiHigh, tallies.ItemTexts.GetValueOrDefault(i.ItemId, i.ItemId))).ToList())).ToList());
    }
}
