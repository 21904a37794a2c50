using System.Security.Claims;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Modules.Toolbox.Domain;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Toolbox.RunInquiries;

/// <summary>An inquiry as written; every field but the title and the question may stay empty until the work gets there.</summary>
/// <param name="Status"><c>draft</c>, <c>in-progress</c> or <c>completed</c>; draft when left out.</param>
/// <param name="MethodId">A method of the programme's toolbox; TISL when left out.</param>
/// <param name="Team">The colleagues who run it with the author, as they want to be named.</param>
/// <param name="Shared">Readable by the staff and teachers of the cluster's schools.</param>
internal sealed record SaveInquiryRequest(
    string? Title, string? Question, string? Assumptions, string? MethodId, string? DataToCollect,
    string? Findings, string? PracticeChange, string? Team, string? Status, bool? Shared);

/// <param name="ProgrammeId">The programme the school runs the inquiry in.</param>
internal sealed record StartInquiryRequest(
    Guid? ProgrammeId, string? Title, string? Question, string? Assumptions, string? MethodId, string? DataToCollect,
    string? Findings, string? PracticeChange, string? Team, string? Status, bool? Shared)
{
    public SaveInquiryRequest Content => new(Title, Question, Assumptions, MethodId, DataToCollect, Findings, PracticeChange, Team, Status, Shared);
}

internal sealed record InquiryDto(
    Guid Id, Guid ProgrammeId, string SchoolId, string Title, string Question, string Assumptions, string MethodId, string DataToCollect,
    string Findings, string PracticeChange, string Team, string Status, bool Shared, string AuthorName,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? CompletedAt, int Version)
{
    /// <summary>The entity tag of this version, for <c>If-Match</c>.</summary>
    public string ETag => EntityTag.Of(Version).ToString();

    public static InquiryDto Of(Inquiry i) => new(
        i.Id, i.ProgrammeId, i.SchoolId, i.Title, i.Question, i.Assumptions, i.MethodId, i.DataToCollect, i.Findings, i.PracticeChange,
        i.Team, i.Status.Name(), i.Shared, i.AuthorName, i.CreatedAt, i.UpdatedAt, i.CompletedAt, i.Version);
}

internal sealed record InquirySummaryDto(Guid Id, Guid ProgrammeId, string SchoolId, string Title, string MethodId, string Status, bool Shared, string AuthorName, DateTime UpdatedAt);

/// <summary>The result of a save: the inquiry as stored now, and whether the save was refused because someone saved first.</summary>
internal enum SaveOutcome
{
    Saved,

    /// <summary>Someone saved since the caller read it: nothing changed, the newer version comes back.</summary>
    Stale,

    /// <summary>The caller named no version to save over (no If-Match, or <c>*</c>).</summary>
    VersionMissing,
}

internal sealed record InquirySave(InquiryDto Inquiry, SaveOutcome Outcome);

/// <summary>TISL inquiries of a school: start, list what the caller may read, read, save with optimistic concurrency.</summary>
internal sealed class InquiriesHandler(AppDbContext db, ToolboxAccess access, MethodCatalog catalog, TimeProvider clock)
{
    public async Task<InquiryDto> StartAsync(string schoolId, StartInquiryRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.ProgrammeId is not { } programmeId)
        {
            throw new InputException(new CatalogText("Toolbox.Error.InquiryInvalid"), new Dictionary<string, CatalogText[]> { ["programmeId"] = [new("Toolbox.Error.ProgrammeRequired")] });
        }
        await access.EnsureSchoolAsync(user, programmeId, schoolId, ToolboxOperations.StartInquiry, ct);
        var content = await ContentAsync(programmeId, request.Content, InquiryStatus.Draft, false, ct);
        var author = user.UserId() ?? Guid.Empty;
        var name = user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "";
        var inquiry = Inquiry.Start(programmeId, schoolId, author, name, content, clock.GetUtcNow().UtcDateTime);
        db.Add(inquiry);
        await db.SaveChangesAsync(ct);
        return InquiryDto.Of(inquiry);
    }

    /// <summary>The school's inquiries the caller may read, newest first; optionally of one programme.</summary>
    public async Task<IReadOnlyList<InquirySummaryDto>> ListAsync(string schoolId, Guid? programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var inquiries = await db.Set<Inquiry>().AsNoTracking()
            .Where(i => i.SchoolId == schoolId && (programmeId == null || i.ProgrammeId == programmeId))
            .ToListAsync(ct);
        var places = new Dictionary<Guid, SchoolPlaceResource?>();
        var result = new List<InquirySummaryDto>();
        foreach (var i in inquiries.OrderByDescending(i => i.UpdatedAt).ThenBy(i => i.Id))
        {
            if (!places.TryGetValue(i.ProgrammeId, out var place))
            {
                places[i.ProgrammeId] = place = await access.PlaceAsync(i.ProgrammeId, schoolId, ct);
            }
            if (place is not null && await access.AllowsAsync(user, new InquiryResource(i.Id, i.AuthorId, i.Shared, place), ToolboxOperations.ReadInquiry))
            {
                result.Add(new InquirySummaryDto(i.Id, i.ProgrammeId, i.SchoolId, i.Title, i.MethodId, i.Status.Name(), i.Shared, i.AuthorName, i.UpdatedAt));
            }
        }
        return result;
    }

    /// <summary>The inquiry and whether the caller may change it; 404 when the caller may not read it.</summary>
    public async Task<(InquiryDto Inquiry, bool MayEdit)> GetAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var (inquiry, resource) = await LoadAsync(id, user, tracked: false, ct);
        return (InquiryDto.Of(inquiry), await access.AllowsAsync(user, resource, ToolboxOperations.EditInquiry));
    }

    /// <summary>
    /// Saves over the version <paramref name="ifMatch"/> names only (the API's If-Match, or the version a form carried):
    /// when someone saved in between, nothing changes and the newer version comes back as stale; naming no version
    /// (no If-Match, or <c>*</c>) saves nothing either.
    /// </summary>
    public async Task<InquirySave> SaveAsync(Guid id, IfMatch ifMatch, SaveInquiryRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var (inquiry, resource) = await LoadAsync(id, user, tracked: true, ct);
        if (!await access.AllowsAsync(user, resource, ToolboxOperations.EditInquiry))
        {
            throw new ForbiddenException(new CatalogText("Toolbox.Error.OnlyAuthorsEdit"));
        }
        if (ifMatch.IsUnconditional)
        {
            return new InquirySave(InquiryDto.Of(inquiry), SaveOutcome.VersionMissing);
        }
        if (!ifMatch.Matches(inquiry.Version))
        {
            return new InquirySave(InquiryDto.Of(inquiry), SaveOutcome.Stale);
        }
        var content = await ContentAsync(inquiry.ProgrammeId, request, inquiry.Status, inquiry.Shared, ct);
        inquiry.Save(content, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var (newer, _) = await LoadAsync(id, user, tracked: false, ct);
            return new InquirySave(InquiryDto.Of(newer), SaveOutcome.Stale);
        }
        return new InquirySave(InquiryDto.Of(inquiry), SaveOutcome.Saved);
    }

    public async Task<(Inquiry Inquiry, InquiryResource Resource)> LoadAsync(Guid id, ClaimsPrincipal user, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Set<Inquiry>() : db.Set<Inquiry>().AsNoTracking();
        var inquiry = await query.FirstOrDefaultAsync(i => i.Id == id, ct);
        var place = inquiry is null ? null : await access.PlaceAsync(inquiry.ProgrammeId, inquiry.SchoolId, ct);
        if (inquiry is null || place is null)
        {
            throw new NotFoundException(new CatalogText("Toolbox.Error.NoSuchInquiry", id));
        }
        var resource = new InquiryResource(inquiry.Id, inquiry.AuthorId, inquiry.Shared, place);
        if (!await access.AllowsAsync(user, resource, ToolboxOperations.ReadInquiry))
        {
            throw new NotFoundException(new CatalogText("Toolbox.Error.NoSuchInquiry", id));
        }
        return (inquiry, resource);
    }

    /// <summary>Checks the words and the choices; every error names its field as the JSON body spells it.</summary>
    private async Task<InquiryContent> ContentAsync(Guid programmeId, SaveInquiryRequest r, InquiryStatus unchanged, bool unchangedShared, CancellationToken ct)
    {
        var errors = new Dictionary<string, CatalogText[]>();
        void Length(string field, string? value, int max, bool required)
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                errors[field] = [new("Toolbox.Error.Required")];
            }
            else if (value?.Trim().Length > max)
            {
                errors[field] = [new("Toolbox.Error.TooLong", max)];
            }
        }
        Length("title", r.Title, Inquiry.TitleMaxLength, required: true);
        Length("question", r.Question, Inquiry.TextMaxLength, required: true);
        Length("assumptions", r.Assumptions, Inquiry.TextMaxLength, required: false);
        Length("dataToCollect", r.DataToCollect, Inquiry.TextMaxLength, required: false);
        Length("findings", r.Findings, Inquiry.TextMaxLength, required: false);
        Length("practiceChange", r.PracticeChange, Inquiry.TextMaxLength, required: false);
        Length("team", r.Team, Inquiry.TitleMaxLength, required: false);
        var status = unchanged;
        if (r.Status is not null && !InquiryStatuses.TryParse(r.Status, out status))
        {
            errors["status"] = [new("Toolbox.Error.Status", string.Join(", ", InquiryStatuses.All))];
        }
        var methodId = string.IsNullOrWhiteSpace(r.MethodId) ? ToolboxIds.Tisl : r.MethodId.Trim();
        if (!(await catalog.MethodsAsync(programmeId, ct)).Any(m => m.Id == methodId))
        {
            errors["methodId"] = [new("Toolbox.Error.UnknownMethod", methodId)];
        }
        if (errors.Count > 0)
        {
            throw new InputException(new CatalogText("Toolbox.Error.InquiryInvalid"), errors);
        }
        return new InquiryContent(r.Title!, r.Question!, r.Assumptions ?? "", methodId, r.DataToCollect ?? "", r.Findings ?? "", r.PracticeChange ?? "", r.Team ?? "", status, r.Shared ?? unchangedShared);
    }
}
