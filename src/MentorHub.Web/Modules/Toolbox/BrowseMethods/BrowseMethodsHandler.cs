using System.Security.Claims;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;

namespace MentorHub.Web.Modules.Toolbox.BrowseMethods;

/// <param name="DurationMinutes">How long one session typically takes.</param>
/// <param name="Shipped">True for MentorHub's own methods, false for a programme's.</param>
/// <param name="Language">The language the texts are in.</param>
internal sealed record MethodDto(
    string Id, string Name, string Purpose, string Level, IReadOnlyList<string> AreaIds, int DurationMinutes,
    IReadOnlyList<string> Steps, IReadOnlyList<string> Resources, bool IsFormat, bool Shipped, Guid? ProgrammeId, string Language)
{
    public static MethodDto Of(Method m, string language)
    {
        var lang = m.Texts.ContainsKey(language) ? language : m.Texts.ContainsKey(Method.Fallback) ? Method.Fallback : m.Texts.Keys.First();
        var t = m.Text(lang);
        return new(m.Id, t.Name, t.Purpose, m.Level, m.AreaIds, m.DurationMinutes, t.Steps, t.Resources, m.IsFormat, m.Shipped, m.ProgrammeId, lang);
    }
}

/// <summary>The toolbox list and one method, for the API and the pages.</summary>
internal sealed class BrowseMethodsHandler(MethodCatalog catalog, ToolboxAccess access)
{
    public async Task<IReadOnlyList<Method>> ListAsync(ClaimsPrincipal user, Guid? programmeId, string? level, string? areaId, CancellationToken ct)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        if (!string.IsNullOrEmpty(level) && !MethodLevels.IsKnown(level))
        {
            errors["level"] = [new("Toolbox.Error.Level", string.Join(", ", MethodLevels.All))];
        }
        if (!string.IsNullOrEmpty(areaId) && !catalog.AreaIds().Contains(areaId))
        {
            errors["areaId"] = [new("Toolbox.Error.UnknownArea", areaId, string.Join(", ", catalog.AreaIds()))];
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Toolbox.Error.BadFilter"), errors);
        }
        if (programmeId is { } id)
        {
            await access.VisibleProgrammeAsync(user, id, ct);
        }
        return [.. (await catalog.MethodsAsync(programmeId, ct))
            .Where(m => string.IsNullOrEmpty(level) || m.Level == level)
            .Where(m => string.IsNullOrEmpty(areaId) || m.AreaIds.Contains(areaId))];
    }

    /// <summary>A shipped method, or a programme's own that the caller may see; 404 otherwise.</summary>
    public async Task<Method> GetAsync(ClaimsPrincipal user, string id, CancellationToken ct)
    {
        var method = await catalog.FindAsync(id, ct) ?? throw new NotFoundException(new CatalogText("Toolbox.Error.NoSuchMethod", id));
        if (method.ProgrammeId is { } programme)
        {
            try
            {
                await access.VisibleProgrammeAsync(user, programme, ct);
            }
            catch (NotFoundException)
            {
                throw new NotFoundException(new CatalogText("Toolbox.Error.NoSuchMethod", id));
            }
        }
        return method;
    }

    public Task<bool> MayManageAsync(ClaimsPrincipal user, Guid programmeId) =>
        access.AllowsAsync(user, new ProgrammeResource(programmeId), ToolboxOperations.ManageMethods);
}
