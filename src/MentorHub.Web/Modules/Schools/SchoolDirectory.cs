using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Schools;

internal sealed class SchoolDirectory(AppDbContext db) : ISchoolDirectory
{
    public async Task<SchoolSummary?> FindAsync(string id, CancellationToken ct)
    {
        var found = await FindManyAsync([id], ct);
        return found.Values.FirstOrDefault();
    }

    public async Task<IReadOnlyList<SchoolSummary>> SearchAsync(string query, int take, CancellationToken ct)
    {
        var page = await SearchSchools.SearchSchoolsEndpoint.SearchAsync(db, new SearchSchools.SchoolQuery(null, query, null, 1, take), ct);
        return page.Items.Select(s => new SchoolSummary(s.Id, s.Name, s.Country, s.Region, s.Municipality, s.Level, s.Pupils, s.Latitude, s.Longitude, s.Language)).ToList();
    }

    public async Task<IReadOnlyDictionary<string, SchoolSummary>> FindManyAsync(IEnumerable<string> ids, CancellationToken ct)
    {
        var result = new Dictionary<string, SchoolSummary>(StringComparer.Ordinal);
        foreach (var chunk in ids.Distinct().Chunk(500))
        {
            var schools = await db.Set<School>().AsNoTracking().Where(s => chunk.Contains(s.Id)).ToListAsync(ct);
            foreach (var s in schools)
            {
                result[s.Id] = new SchoolSummary(s.Id, s.Name, s.Country, s.Region, s.Municipality, s.Level.Code(), s.Pupils, s.Latitude, s.Longitude, s.Language);
            }
        }
        return result;
    }
}
