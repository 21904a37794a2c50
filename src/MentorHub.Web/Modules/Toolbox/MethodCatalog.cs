using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Toolbox;

/// <summary>The toolbox as every use case reads it: the shipped methods, then a programme's own, in one shape.</summary>
internal sealed class MethodCatalog(AppDbContext db, ISchoolNeeds needs)
{
    /// <returns>The shipped methods and, with a programme, that programme's own (named, oldest first).</returns>
    public async Task<IReadOnlyList<Method>> MethodsAsync(Guid? programmeId, CancellationToken ct)
    {
        if (programmeId is not { } id)
        {
            return ShippedMethods.All;
        }
        var own = await db.Set<ProgrammeMethod>().AsNoTracking().Where(m => m.ProgrammeId == id).OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).ToListAsync(ct);
        return [.. ShippedMethods.All, .. own.Select(m => m.ToMethod())];
    }

    /// <summary>A shipped method by its id, or a programme's own by its GUID; null for anything else.</summary>
    public async Task<Method?> FindAsync(string id, CancellationToken ct)
    {
        if (ShippedMethods.Find(id) is { } shipped)
        {
            return shipped;
        }
        if (!Guid.TryParse(id, out var guid))
        {
            return null;
        }
        var own = await db.Set<ProgrammeMethod>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == guid, ct);
        return own?.ToMethod();
    }

    /// <summary>The areas of the default self-assessment: id → name in <paramref name="language"/> (English as fallback), in instrument order.</summary>
    public IReadOnlyList<(string Id, string Name)> Areas(string language) =>
        [.. needs.Areas().Select(a => (a.AreaId, a.Names.GetValueOrDefault(language) ?? a.Names.GetValueOrDefault("en") ?? a.AreaId))];

    public IReadOnlyList<string> AreaIds() => [.. needs.Areas().Select(a => a.AreaId)];
}

/// <summary>What other modules read of the toolbox: method names in a language.</summary>
internal sealed class MethodDirectory(MethodCatalog catalog) : IMethodDirectory
{
    public async Task<IReadOnlyList<MethodName>> MethodsAsync(Guid programmeId, string language, CancellationToken ct) =>
        [.. (await catalog.MethodsAsync(programmeId, ct)).Select(m => new MethodName(m.Id, m.Text(language).Name, m.IsFormat))];
}
