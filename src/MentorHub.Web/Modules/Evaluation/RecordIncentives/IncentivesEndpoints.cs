using System.Security.Claims;
using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.Evaluation.RecordIncentives;

internal static class IncentivesEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/programmes/{id:guid}/incentives", RecordAsync)
            .WithName("RecordIncentive")
            .WithSummary("Record an incentive a participant school received: cash (amount and ISO 4217 currency required) or training, equipment, software, a visit, time, recognition or other; its purpose and the date it was granted. National coordinators for every school, hub coordinators for their hubs' schools. 201 with the line.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/programmes/{id:guid}/incentives", ListAsync)
            .WithName("ListIncentives")
            .WithSummary("The incentives ledger the caller may read (coordinators all, hub coordinators their hubs' schools, a school's coordinators and leaders their own), newest grant first. Paged: page, pageSize (at most 500).")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/programmes/{id:guid}/incentives/{incentiveId:guid}", GetAsync)
            .WithName("GetIncentive")
            .WithSummary("One line of the incentives ledger.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/programmes/{id:guid}/incentives/totals", TotalsAsync)
            .WithName("IncentiveTotals")
            .WithSummary("Totals of the ledger the caller may read, by programme, hub, cluster or school: cash per currency (never added across currencies) and the number of incentives of each kind.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Created<IncentiveDto>> RecordAsync(Guid id, RecordIncentiveRequest request, ClaimsPrincipal user, IncentivesHandler handler, CancellationToken ct)
    {
        var incentive = await handler.RecordAsync(id, request, user, ct);
        return TypedResults.Created($"/api/v1/programmes/{id}/incentives/{incentive.Id}", incentive);
    }

    private static async Task<Ok<IncentivePage>> ListAsync(Guid id, int? page, int? pageSize, ClaimsPrincipal user, IncentivesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.ListAsync(id, new IncentiveQuery(page ?? 1, pageSize ?? IncentiveQuery.DefaultPageSize), user, ct));

    private static async Task<Ok<IncentiveDto>> GetAsync(Guid id, Guid incentiveId, ClaimsPrincipal user, IncentivesHandler handler, CancellationToken ct) =>
        TypedResults.Ok(await handler.GetAsync(id, incentiveId, user, ct));

    private static async Task<Ok<List<IncentiveTotal>>> TotalsAsync(Guid id, string? by, ClaimsPrincipal user, IncentivesHandler handler, CancellationToken ct) =>
        TypedResults.Ok((await handler.TotalsAsync(id, by, user, ct)).ToList());
}
