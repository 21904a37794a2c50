using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Schools.SearchSchools;

internal sealed record SchoolDto(
    string Id, string Name, string Country, string Region, string Municipality, string Level,
    int? Pupils, double? Latitude, double? Longitude, string Language);

internal sealed record SchoolPage(IReadOnlyList<SchoolDto> Items, int Total, int Page, int PageSize);

internal sealed record SchoolQuery(string? Country, string? Q, string? Level, int Page, int PageSize);

internal static class SearchSchoolsEndpoint
{
    public const int MaxPageSize = 500;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/schools", HandleAsync)
            .WithName("SearchSchools")
            .WithSummary("Search the school registry by country, name or municipality, a page at a time.")
            .RequireAuthorization(Policies.SignedIn);
        group.MapGet("/schools/{id}", GetAsync)
            .WithName("GetSchool")
            .WithSummary("One school of the registry.")
            .RequireAuthorization(Policies.SignedIn);
    }

    private static async Task<Results<Ok<SchoolPage>, ValidationProblem>> HandleAsync(
        AppDbContext db, string? country, string? q, string? level, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page starts at 1."];
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        }
        if (level is { Length: > 0 } && !SchoolLevels.TryParse(level, out _))
        {
            errors["level"] = [$"level must be one of {string.Join(", ", SchoolLevels.Codes)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search has invalid parameters.");
        }
        return TypedResults.Ok(await SearchAsync(db, new SchoolQuery(country, q, level, page ?? 1, pageSize ?? 50), ct));
    }

    private static async Task<Ok<SchoolDto>> GetAsync(AppDbContext db, string id, CancellationToken ct)
    {
        var school = await db.Set<School>().AsNoTracking().Where(s => s.Id == id).Select(ToDto).FirstOrDefaultAsync(ct);
        return TypedResults.Ok(school ?? throw new NotFoundException(new CatalogText("Schools.Error.NoSuchSchool", id)));
    }

    public static async Task<SchoolPage> SearchAsync(AppDbContext db, SchoolQuery query, CancellationToken ct)
    {
        var schools = db.Set<School>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Country))
        {
            var country = query.Country.Trim().ToUpperInvariant();
            schools = schools.Where(s => s.Country == country);
        }
        if (!string.IsNullOrWhiteSpace(query.Level) && SchoolLevels.TryParse(query.Level, out var level))
        {
            schools = schools.Where(s => s.Level == level);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            foreach (var term in School.Fold(query.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                schools = schools.Where(s => s.SearchText.Contains(term));
            }
        }
        var total = await schools.CountAsync(ct);
        var items = await schools.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(ToDto).ToListAsync(ct);
        return new SchoolPage(items, total, query.Page, query.PageSize);
    }

    private static readonly System.Linq.Expressions.Expression<Func<School, SchoolDto>> ToDto = s =>
        new SchoolDto(s.Id, s.Name, s.Country, s.Region, s.Municipality,
            s.Level == SchoolLevel.Primary ? "primary"
            : s.Level == SchoolLevel.LowerSecondary ? "lower_secondary"
            : s.Level == SchoolLevel.UpperSecondary ? "upper_secondary"
            : s.Level == SchoolLevel.Vocational ? "vocational" : "combined",
            s.Pupils, s.Latitude, s.Longitude, s.Language);
}
