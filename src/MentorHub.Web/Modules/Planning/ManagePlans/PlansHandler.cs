using System.Security.Claims;
using MentorHub.Web.Modules.Planning.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace MentorHub.Web.Modules.Planning.ManagePlans;

/// <summary>Development plans: made, read, changed from a version, noted and commented; the API and the pages both call this.</summary>
internal sealed class PlansHandler(AppDbContext db, PlanAccess access, IProgrammeDirectory programmes, ISchoolNeeds needs, TimeProvider clock)
{
    /// <summary>A new current plan for the school in the programme; the plan it replaces is kept, read-only.</summary>
    public async Task<PlanDto> CreateAsync(string schoolId, CreatePlanRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var programmeId = request.ProgrammeId ?? Guid.Empty;
        var resource = await access.ResourceAsync(programmeId, schoolId, ct)
            ?? throw new NotFoundException(new CatalogText("Planning.Error.NotParticipating", schoolId, programmeId));
        await access.EnsureAsync(user, resource, PlanOperations.Edit, schoolId);
        var now = clock.GetUtcNow().UtcDateTime;
        var plan = Plan.Draft(programmeId, schoolId, request.Goals, await VocabularyAsync(programmeId, ct), PlanAccess.AuthorName(user), now);

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var current = await db.Set<Plan>().FirstOrDefaultAsync(p => p.ProgrammeId == programmeId && p.SchoolId == schoolId && p.SupersededAt == null, ct);
        if (current is not null)
        {
            current.Supersede(now);
            try
            {
                // First on its own: the new plan may only be written once the old one stopped being current (one current plan, a unique index).
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new BusinessRuleException(new CatalogText("Planning.Error.ReplacedMeanwhile"));
            }
        }
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return PlanDto.Of(plan);
    }

    public async Task<PlanView> GetAsync(Guid planId, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().AsNoTracking().Include(p => p.Entries).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw PlanAccess.NoSuchPlan(planId);
        var resource = await ResourceOfAsync(plan, ct);
        await access.EnsureAsync(user, resource, PlanOperations.Read, planId);
        return new PlanView(PlanDto.Of(plan),
            await access.AllowsAsync(user, resource, PlanOperations.Edit),
            await access.AllowsAsync(user, resource, PlanOperations.Comment));
    }

    /// <summary>Per programme of the school whose plans the caller may read: its plans, newest first, and whether the caller may make one.</summary>
    public async Task<IReadOnlyList<SchoolProgrammePlans>> SchoolPlansAsync(string schoolId, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = new List<SchoolProgrammePlans>();
        var plans = await ListAsync(schoolId, null, user, ct);
        foreach (var (participation, resource) in await access.ResourcesOfSchoolAsync(schoolId, ct))
        {
            if (await access.AllowsAsync(user, resource, PlanOperations.Read))
            {
                result.Add(new SchoolProgrammePlans(participation.ProgrammeId, participation.ProgrammeName,
                    await access.AllowsAsync(user, resource, PlanOperations.Edit), [.. plans.Where(p => p.ProgrammeId == participation.ProgrammeId)]));
            }
        }
        return result;
    }

    /// <summary>The school's standing in the programme for a new plan: 404 when hidden, whether the caller may make it, and what the report proposes.</summary>
    public async Task<(bool MayEdit, PlanProposal Proposal, IReadOnlyList<string> SchoolPriorities)> NewPlanAsync(string schoolId, Guid programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var resource = await access.ResourceAsync(programmeId, schoolId, ct);
        if (resource is null || !await access.AllowsAsync(user, resource, PlanOperations.Read))
        {
            throw new NotFoundException(new CatalogText("Planning.Error.NotParticipating", schoolId, programmeId));
        }
        var mayEdit = await access.AllowsAsync(user, resource, PlanOperations.Edit);
        var latest = await needs.LatestAsync(programmeId, [schoolId], ct);
        var participation = (await programmes.ParticipationsOfSchoolAsync(schoolId, ct)).First(p => p.ProgrammeId == programmeId);
        return (mayEdit, PlanProposal.From(latest.GetValueOrDefault(schoolId)), participation.Priorities);
    }

    /// <summary>The school's plans the caller may read, newest first; with a programme, 404 when the caller may not know its plans exist.</summary>
    public async Task<IReadOnlyList<PlanSummaryDto>> ListAsync(string schoolId, Guid? programmeId, ClaimsPrincipal user, CancellationToken ct)
    {
        var readable = new List<Guid>();
        foreach (var (participation, resource) in await access.ResourcesOfSchoolAsync(schoolId, ct))
        {
            if ((programmeId is null || participation.ProgrammeId == programmeId) && await access.AllowsAsync(user, resource, PlanOperations.Read))
            {
                readable.Add(participation.ProgrammeId);
            }
        }
        if (programmeId is { } wanted && !readable.Contains(wanted))
        {
            throw new NotFoundException(new CatalogText("Planning.Error.NotParticipating", schoolId, wanted));
        }
        var plans = await db.Set<Plan>().AsNoTracking()
            .Where(p => p.SchoolId == schoolId && readable.Contains(p.ProgrammeId))
            .ToListAsync(ct);
        return [.. plans.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new PlanSummaryDto(p.Id, p.ProgrammeId, p.SchoolId, p.Version, p.IsCurrent, p.CreatedAt, p.UpdatedAt, [.. p.Goals.Select(g => g.Title)]))];
    }

    /// <summary>
    /// Changes the goals when <paramref name="ifMatch"/> names the version the database holds (a strong tag; anything
    /// else, <c>*</c> included, comes back as refused with the stored version). The check and the
    /// write are one conditional UPDATE (the version is a concurrency token), so of two changes made from the same
    /// version exactly one is saved; the other gets the newer version back.
    /// </summary>
    public async Task<PlanRevision> ReviseAsync(Guid planId, IfMatch ifMatch, IReadOnlyList<GoalDraft>? goals, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await db.Set<Plan>().Include(p => p.Entries).FirstOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw PlanAccess.NoSuchPlan(planId);
        await access.EnsureAsync(user, await ResourceOfAsync(plan, ct), PlanOperations.Edit, planId);
        if (!ifMatch.Matches(plan.Version))
        {
            return new PlanRevision(null, PlanDto.Of(plan));
        }
        plan.Revise(goals, await VocabularyAsync(plan.ProgrammeId, ct), PlanAccess.AuthorName(user), clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var newer = await db.Set<Plan>().AsNoTracking().Include(p => p.Entries).FirstAsync(p => p.Id == planId, ct);
            return new PlanRevision(null, PlanDto.Of(newer));
        }
        return new PlanRevision(PlanDto.Of(plan), null);
    }

    /// <summary>404 or 403 exactly as a change would get them, for refusing a change before looking at it.</summary>
    public Task EnsureEditableAsync(Guid planId, ClaimsPrincipal user, CancellationToken ct) => LoadAsync(planId, PlanOperations.Edit, user, ct);

    public async Task<EntryDto> AddNoteAsync(Guid planId, AddNoteRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await LoadAsync(planId, PlanOperations.Edit, user, ct);
        var note = plan.AddNote(request.Text, request.GoalId, PlanAccess.AuthorName(user), clock.GetUtcNow().UtcDateTime);
        db.Add(note);
        await db.SaveChangesAsync(ct);
        return new EntryDto(note.Id, note.Text, note.Author, note.At, note.GoalId);
    }

    public async Task<EntryDto> AddCommentAsync(Guid planId, AddCommentRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var plan = await LoadAsync(planId, PlanOperations.Comment, user, ct);
        var comment = plan.AddComment(request.Text, PlanAccess.AuthorName(user), clock.GetUtcNow().UtcDateTime);
        db.Add(comment);
        await db.SaveChangesAsync(ct);
        return new EntryDto(comment.Id, comment.Text, comment.Author, comment.At, null);
    }

    /// <summary>What goals may name: the default self-assessment's areas and the programme's national priorities.</summary>
    public async Task<PlanVocabulary> VocabularyAsync(Guid programmeId, CancellationToken ct) => new(
        needs.Areas().Select(a => a.AreaId).ToHashSet(StringComparer.Ordinal),
        (await programmes.PrioritiesAsync(programmeId, ct)).Keys.ToHashSet(StringComparer.Ordinal));

    private async Task<Plan> LoadAsync(Guid planId, PlanOperation operation, ClaimsPrincipal user, CancellationToken ct)
    {
        // Entries are only added: the plan is read for its checks, not tracked with its entries.
        var plan = await db.Set<Plan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct) ?? throw PlanAccess.NoSuchPlan(planId);
        await access.EnsureAsync(user, await ResourceOfAsync(plan, ct), operation, planId);
        return plan;
    }

    /// <summary>A plan of a school that left the programme stays readable to the programme's and hub's coordinators.</summary>
    private async Task<PlanResource> ResourceOfAsync(Plan plan, CancellationToken ct) =>
        await access.ResourceAsync(plan.ProgrammeId, plan.SchoolId, ct) ?? new PlanResource(plan.SchoolId, plan.ProgrammeId, null, null, null);
}
