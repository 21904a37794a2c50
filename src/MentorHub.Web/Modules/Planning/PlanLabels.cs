using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Platform.Localisation;

namespace MentorHub.Web.Modules.Planning;

/// <summary>Names for what a plan refers to by id: areas in the reader's language, priorities, the school and the programme.</summary>
internal sealed class PlanLabels(ISchoolNeeds needs, IProgrammeDirectory programmes, ISchoolDirectory schools)
{
    public IReadOnlyList<(string Id, string Name)> Areas()
    {
        var language = TextCatalog.CurrentLanguage();
        return [.. needs.Areas().Select(a => (a.AreaId, a.Names.GetValueOrDefault(language) ?? a.Names.GetValueOrDefault(TextCatalog.DefaultLanguage) ?? a.AreaId))];
    }

    public string Area(string areaId) => Areas().FirstOrDefault(a => a.Id == areaId).Name ?? areaId;

    public Task<IReadOnlyDictionary<string, string>> PrioritiesAsync(Guid programmeId, CancellationToken ct) => programmes.PrioritiesAsync(programmeId, ct);

    public async Task<string> SchoolAsync(string schoolId, CancellationToken ct) =>
        (await schools.FindManyAsync([schoolId], ct)).GetValueOrDefault(schoolId)?.Name ?? schoolId;

    public async Task<string> ProgrammeAsync(Guid programmeId, CancellationToken ct) =>
        (await programmes.FindAsync(programmeId, ct))?.Name ?? programmeId.ToString();
}
