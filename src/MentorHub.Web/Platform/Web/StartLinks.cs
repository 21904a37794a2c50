using System.Security.Claims;

namespace MentorHub.Web.Platform.Web;

/// <summary>One entry of a person's start page: where their own work is.</summary>
public sealed record StartLink(string Title, string Href, string Description);

/// <summary>
/// A module's contribution to the start page, from the roles a person holds (a programme they
/// coordinate, their hub, their school's surveys). The start page lists what every source gives.
/// </summary>
public interface IStartLinkSource
{
    /// <summary>Sources are shown in this order (Programs first).</summary>
    int Order { get; }

    Task<IReadOnlyList<StartLink>> LinksAsync(ClaimsPrincipal user, CancellationToken ct);
}
