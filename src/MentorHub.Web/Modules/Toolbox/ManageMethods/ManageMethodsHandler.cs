using System.Security.Claims;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Toolbox.ManageMethods;

/// <summary>A programme's coordinators add and edit the programme's own methods, in each programme language MentorHub speaks.</summary>
internal sealed class ManageMethodsHandler(AppDbContext db, ToolboxAccess access, MethodCatalog catalog, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<Method> AddAsync(Guid programmeId, MethodInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var languages = await EnsureAsync(user, programmeId, ct);
        Check(input, languages);
        var method = ProgrammeMethod.Create(programmeId, input, clock.GetUtcNow().UtcDateTime);
        db.Add(method);
        await db.SaveChangesAsync(ct);
        return method.ToMethod();
    }

    public async Task<Method> UpdateAsync(Guid programmeId, Guid methodId, MethodInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var languages = await EnsureAsync(user, programmeId, ct);
        var method = await db.Set<ProgrammeMethod>().FirstOrDefaultAsync(m => m.Id == methodId && m.ProgrammeId == programmeId, ct)
            ?? throw new NotFoundException(new CatalogText("Toolbox.Error.NoSuchMethod", methodId));
        Check(input, languages);
        method.Update(input, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException(new CatalogText("Toolbox.Error.MethodChangedMeanwhile"));
        }
        return method.ToMethod();
    }

    /// <summary>The programme's own method as stored, for the edit form; null when it is not one.</summary>
    public async Task<ProgrammeMethod?> FindOwnAsync(Guid methodId, CancellationToken ct) =>
        await db.Set<ProgrammeMethod>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == methodId, ct);

    /// <summary>404 for a hidden programme, 403 for one the caller sees but does not coordinate; the languages methods are written in.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(ClaimsPrincipal user, Guid programmeId, CancellationToken ct)
    {
        var programme = await access.VisibleProgrammeAsync(user, programmeId, ct);
        if (!await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ToolboxOperations.ManageMethods))
        {
            throw new ForbiddenException(new CatalogText("Toolbox.Error.OnlyCoordinatorsWriteMethods"));
        }
        return Languages(programme.Languages);
    }

    /// <summary>The programme's languages MentorHub speaks; English when it speaks none of them.</summary>
    public static IReadOnlyList<string> Languages(IEnumerable<string> programmeLanguages)
    {
        var spoken = programmeLanguages.Where(l => TextCatalog.SupportedLanguages.Contains(l)).Distinct().ToList();
        return spoken.Count > 0 ? spoken : [TextCatalog.DefaultLanguage];
    }

    private void Check(MethodInput input, IReadOnlyList<string> languages)
    {
        var errors = input.Validate(languages, catalog.AreaIds());
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Toolbox.Error.MethodInvalid"), errors.ToDictionary(e => e.Key, e => e.Value));
        }
    }
}
