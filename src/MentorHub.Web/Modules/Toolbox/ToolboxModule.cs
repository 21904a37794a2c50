using MentorHub.Web.Modules.Toolbox.Api;

namespace MentorHub.Web.Modules.Toolbox;

/// <summary>The methods toolbox (Future School, Digipeda, TISL, the activity formats, programmes' own), recommendations, TISL inquiries.</summary>
internal static class ToolboxModule
{
    public static IServiceCollection AddToolboxModule(this IServiceCollection services)
    {
        services.AddScoped<IMethodDirectory, ShippedIdsOnly>();
        return services;
    }

    public static RouteGroupBuilder MapToolboxModule(this RouteGroupBuilder api)
    {
        api.MapGroup("").WithTags("Toolbox");
        return api;
    }

    /// <summary>Until methods are stored, the shipped ids stand for themselves.</summary>
    private sealed class ShippedIdsOnly : IMethodDirectory
    {
        public Task<IReadOnlyList<MethodName>> MethodsAsync(Guid programmeId, string language, CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<MethodName>>(
                [.. new[] { ToolboxIds.FutureSchool, ToolboxIds.Digipeda, ToolboxIds.Tisl }.Select(id => new MethodName(id, id, false)),
                 .. ToolboxIds.Formats.Select(id => new MethodName(id, id, true))]);
    }
}
