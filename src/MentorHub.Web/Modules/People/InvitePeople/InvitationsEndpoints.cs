using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorHub.Web.Modules.People.InvitePeople;

internal sealed record InviteRequest(
    [property: Required, EmailAddress, StringLength(254)] string Email,
    [property: Required, StringLength(200, MinimumLength = 1)] string DisplayName,
    [property: Required] Role? Role,
    [property: Required] ScopeType? ScopeType,
    [property: StringLength(100)] string? ScopeId);

internal sealed record AcceptInvitationRequest(
    [property: Required, StringLength(200, MinimumLength = 1)] string DisplayName,
    [property: StringLength(200)] string? Password);

internal sealed record AcceptedDto(Guid UserId, string Email);

internal static class InvitationsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/invitations").WithTags("Accounts");
        group.MapPost("", InviteAsync)
            .WithName("InvitePerson").WithSummary("Invite someone by e-mail to a role in a programme, hub, cluster or school.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapPost("/{token}/accept", AcceptAsync)
            .WithName("AcceptInvitation").WithSummary("Accept an invitation: creates the account (with the password), or adds the role to an existing account when called signed in as that account.")
            .AllowAnonymous();
    }

    private static async Task<Created<InvitationCreated>> InviteAsync(InviteRequest request, ClaimsPrincipal user, InvitationsHandler handler, CancellationToken ct)
    {
        var created = await handler.InviteAsync(user, request.Email, request.DisplayName, request.Role!.Value, request.ScopeType!.Value, request.ScopeId, ct);
        return TypedResults.Created($"/api/v1/invitations/{created.Id}", created);
    }

    private static async Task<Ok<AcceptedDto>> AcceptAsync(string token, AcceptInvitationRequest request, ClaimsPrincipal caller, InvitationsHandler handler, CancellationToken ct)
    {
        var user = await handler.AcceptAsync(token, request.DisplayName, request.Password, caller, ct);
        return TypedResults.Ok(new AcceptedDto(user.Id, user.Email ?? ""));
    }
}
