using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace MentorHub.Web.Modules.Activities;

/// <summary>What every page of a cluster's activities starts with: the cluster, if the reader may read it (else the not-found page, or a refusal), and its schools' names.</summary>
public abstract class ActivityPageBase : ComponentBase
{
    [Parameter] public Guid Id { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] internal ActivityClusters Clusters { get; set; } = default!;
    [Inject] private ISchoolDirectory Schools { get; set; } = default!;
    [Inject] protected NavigationManager Nav { get; set; } = default!;
    [Inject] protected TimeProvider Time { get; set; } = default!;

    internal ClusterMembers? Cluster { get; private set; }
    protected ClaimsPrincipal User { get; private set; } = new();
    protected bool Forbidden { get; private set; }
    protected bool CanLog { get; private set; }

    /// <summary>Member schools, the mentor first, by name: id → name.</summary>
    protected IReadOnlyDictionary<string, string> SchoolNames { get; private set; } = new Dictionary<string, string>();

    protected string School(string id) => SchoolNames.GetValueOrDefault(id, id);

    protected string ClusterTitle => Cluster?.Name ?? "";

    /// <returns>Whether the page may show the cluster.</returns>
    protected async Task<bool> LoadClusterAsync()
    {
        User = (await AuthState).User;
        try
        {
            Cluster = await Clusters.EnsureAsync(Id, User, ActivityOperations.Read, CancellationToken.None);
        }
        catch (NotFoundException)
        {
            Nav.NotFound();
            return false;
        }
        catch (ForbiddenException)
        {
            Forbidden = true;
            return false;
        }
        CanLog = await Clusters.AllowsAsync(User, Cluster, ActivityOperations.Log);
        var names = await Schools.FindManyAsync(Cluster.SchoolIds, CancellationToken.None);
        SchoolNames = Cluster.SchoolIds
            .OrderBy(s => s == Cluster.MentorSchoolId ? 0 : 1).ThenBy(s => names.GetValueOrDefault(s)?.Name ?? s, StringComparer.CurrentCulture)
            .ToDictionary(s => s, s => names.GetValueOrDefault(s)?.Name ?? s);
        return true;
    }

    protected DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <summary>
    /// True once the page's own reads are done. Blazor renders a page once while its initialisation still
    /// awaits (on PostgreSQL the reads really wait), so markup that needs the loaded data checks this.
    /// </summary>
    protected bool Loaded { get; private set; }

    protected override Task OnParametersSetAsync()
    {
        // Runs after OnInitializedAsync has finished.
        Loaded = true;
        return base.OnParametersSetAsync();
    }
}
