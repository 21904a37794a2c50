using System.Security.Claims;
using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Evaluation.RecordIncentives;

/// <param name="SchoolId">The registry id of a participant school of the programme.</param>
/// <param name="Kind"><c>cash</c>, <c>training</c>, <c>equipment</c>, <c>software</c>, <c>visit</c>, <c>time</c>, <c>recognition</c> or <c>other</c>.</param>
/// <param name="Amount">Above 0, at most two decimals; required for cash, optional (its value) otherwise.</param>
/// <param name="Currency">ISO 4217, three upper-case letters; required with an amount.</param>
/// <param name="Purpose">What it was for, plain text, at most 500 characters.</param>
/// <param name="GrantedOn">When it was granted; at most a year ahead.</param>
internal sealed record RecordIncentiveRequest(string? SchoolId, string? Kind, decimal? Amount, string? Currency, string? Purpose, DateOnly? GrantedOn)
{
    public IncentiveInput Input => new(SchoolId, Kind, Amount, Currency, Purpose, GrantedOn);
}

internal sealed record IncentiveDto(
    Guid Id, Guid ProgrammeId, string SchoolId, string Kind, decimal? Amount, string? Currency, string Purpose, DateOnly GrantedOn,
    Guid RecordedById, string RecordedByName, DateTime RecordedAt)
{
    public static IncentiveDto Of(Incentive i) => new(
        i.Id, i.ProgrammeId, i.SchoolId, i.Kind, i.Amount, i.Currency, i.Purpose, i.GrantedOn, i.RecordedById, i.RecordedByName, i.RecordedAt);
}

internal sealed record IncentivePage(int Total, int Page, int PageSize, IReadOnlyList<IncentiveDto> Items);

internal sealed record IncentiveQuery(int Page = 1, int PageSize = IncentiveQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
}

/// <summary>The incentives ledger of a programme: record a line, read the lines and the totals the caller may see.</summary>
internal sealed class IncentivesHandler(AppDbContext db, IProgrammeDirectory programmes, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<IncentiveDto> RecordAsync(Guid programmeId, RecordIncentiveRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureLedgerAsync(programmeId, user, IncentiveOperations.Record, ct);
        var input = request.Input;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = Incentive.Check(input, today);
        var participants = await programmes.ParticipantsAsync(programmeId, ct);
        var school = participants.FirstOrDefault(p => p.SchoolId == input.SchoolId?.Trim());
        if (!errors.ContainsKey("schoolId") && school is null)
        {
            errors["schoolId"] = [new("Evaluation.Incentive.Error.NotParticipant", input.SchoolId!)];
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Evaluation.Incentive.Error.Invalid"), errors);
        }
        if (!await authorization.AllowsAsync(user, new IncentiveResource(programmeId, Resource(school!)), IncentiveOperations.Record))
        {
            throw new ForbiddenException(new CatalogText("Evaluation.Incentive.Error.NotYourSchool"));
        }
        var name = user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "";
        var incentive = Incentive.Record(programmeId, input, today, user.UserId() ?? Guid.Empty, name, clock.GetUtcNow().UtcDateTime);
        db.Add(incentive);
        await db.SaveChangesAsync(ct);
        return IncentiveDto.Of(incentive);
    }

    /// <summary>The lines the caller may read, newest grant first (then newest recorded), a page at a time.</summary>
    public async Task<IncentivePage> ListAsync(Guid programmeId, IncentiveQuery query, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        if (query.Page < 1)
        {
            errors["page"] = [new("Evaluation.Incentive.Error.PageRange")];
        }
        if (query.PageSize is < 1 or > IncentiveQuery.MaxPageSize)
        {
            errors["pageSize"] = [new("Evaluation.Incentive.Error.PageSizeRange", IncentiveQuery.MaxPageSize)];
        }
        await EnsureLedgerAsync(programmeId, user, IncentiveOperations.Read, ct);
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Evaluation.Incentive.Error.BadQuery"), errors);
        }
        var lines = await LinesAsync(programmeId, user, ct);
        var total = await lines.CountAsync(ct);
        var items = await lines
            .OrderByDescending(i => i.GrantedOn).ThenByDescending(i => i.RecordedAt).ThenByDescending(i => i.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(ct);
        return new IncentivePage(total, query.Page, query.PageSize, [.. items.Select(IncentiveDto.Of)]);
    }

    /// <summary>One line; 404 when the caller may not read that school's part of the ledger.</summary>
    public async Task<IncentiveDto> GetAsync(Guid programmeId, Guid incentiveId, ClaimsPrincipal user, CancellationToken ct)
    {
        await EnsureLedgerAsync(programmeId, user, IncentiveOperations.Read, ct);
        var incentive = await (await LinesAsync(programmeId, user, ct)).FirstOrDefaultAsync(i => i.Id == incentiveId, ct);
        return incentive is null
            ? throw new NotFoundException(new CatalogText("Evaluation.Incentive.Error.NoSuchIncentive", incentiveId))
            : IncentiveDto.Of(incentive);
    }

    /// <summary>
    /// Totals per scope over the lines the caller may read: a hub coordinator's programme row is the pool of their
    /// hubs' schools, a school's only its own. Hub and cluster are where the school sits in the programme now.
    /// </summary>
    public async Task<IReadOnlyList<IncentiveTotal>> TotalsAsync(Guid programmeId, string? by, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = string.IsNullOrWhiteSpace(by) ? IncentiveScopes.Programme : by;
        await EnsureLedgerAsync(programmeId, user, IncentiveOperations.Read, ct);
        if (!IncentiveScopes.All.Contains(scope))
        {
            throw new InputException(new CatalogText("Evaluation.Incentive.Error.BadQuery"),
                new Dictionary<string, CatalogText[]> { ["by"] = [new("Evaluation.Incentive.Error.By", string.Join(", ", IncentiveScopes.All))] });
        }
        var all = await programmes.ParticipantsAsync(programmeId, ct);
        var participants = all.ToDictionary(p => p.SchoolId);
        var lines = await (await LinesAsync(programmeId, user, ct, all))
            .Select(i => new { i.SchoolId, i.Kind, i.Amount, i.Currency })
            .ToListAsync(ct);
        return IncentiveTotals.Of(scope, lines.Select(l =>
        {
            participants.TryGetValue(l.SchoolId, out var p);
            var scopeId = scope switch
            {
                IncentiveScopes.Programme => programmeId.ToString(),
                IncentiveScopes.Hub => p?.HubId?.ToString(),
                IncentiveScopes.Cluster => p?.ClusterId?.ToString(),
                _ => l.SchoolId,
            };
            return new ScopedIncentive(scopeId, l.Kind, l.Amount, l.Currency);
        }));
    }

    /// <summary>What the caller may do with the ledger at all (for pages: the form only for those who record).</summary>
    public async Task<bool> MayRecordAsync(Guid programmeId, ClaimsPrincipal user) =>
        await authorization.AllowsAsync(user, new IncentiveResource(programmeId), IncentiveOperations.Record);

    /// <summary>The participant schools the caller may record for, by registry id.</summary>
    public async Task<IReadOnlyList<SchoolParticipation>> RecordableSchoolsAsync(Guid programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = new List<SchoolParticipation>();
        foreach (var p in await programmes.ParticipantsAsync(programmeId, ct))
        {
            if (await authorization.AllowsAsync(user, new IncentiveResource(programmeId, Resource(p)), IncentiveOperations.Record))
            {
                result.Add(p);
            }
        }
        return result;
    }

    /// <summary>404 for a programme the caller may not know exists, 403 when they know it but the ledger is not theirs.</summary>
    private async Task EnsureLedgerAsync(Guid programmeId, ClaimsPrincipal user, IncentiveOperation operation, CancellationToken ct)
    {
        if (await programmes.FindAsync(programmeId, ct) is null || !await authorization.AllowsAsync(user, new ProgrammeResource(programmeId), ProgrammeOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Evaluation.Incentive.Error.NoSuchProgramme", programmeId));
        }
        if (!await authorization.AllowsAsync(user, new IncentiveResource(programmeId), operation))
        {
            throw new ForbiddenException(new CatalogText(ReferenceEquals(operation, IncentiveOperations.Record)
                ? "Evaluation.Incentive.Error.MayNotRecord" : "Evaluation.Incentive.Error.MayNotRead"));
        }
    }

    /// <summary>The programme's lines of the schools the caller may read (all of them for national coordinators).</summary>
    /// <param name="participants">The programme's participants when the caller has read them already.</param>
    private async Task<IQueryable<Incentive>> LinesAsync(Guid programmeId, ClaimsPrincipal user, CancellationToken ct, IReadOnlyList<SchoolParticipation>? participants = null)
    {
        var lines = db.Set<Incentive>().AsNoTracking().Where(i => i.ProgrammeId == programmeId);
        if (programmes.CanManage(user, programmeId))
        {
            return lines;
        }
        var readable = new List<string>();
        foreach (var p in participants ?? await programmes.ParticipantsAsync(programmeId, ct))
        {
            if (await authorization.AllowsAsync(user, new IncentiveResource(programmeId, Resource(p)), IncentiveOperations.Read))
            {
                readable.Add(p.SchoolId);
            }
        }
        return lines.Where(i => readable.Contains(i.SchoolId));
    }

    private static SchoolResource Resource(SchoolParticipation p) => new(p.SchoolId, p.ProgrammeId, p.HubId, p.ClusterId);
}
