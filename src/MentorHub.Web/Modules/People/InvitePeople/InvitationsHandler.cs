using System.Security.Claims;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Modules.People.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.Schools.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Mail;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.People.InvitePeople;

/// <summary>What the inviter learns: never the link, which only the invitee's mail carries.</summary>
internal sealed record InvitationCreated(Guid Id, string Email, Role Role, ScopeType ScopeType, string ScopeId, DateTime ExpiresAt);

/// <summary>Who may grant which role where, and the invitation life cycle. Shared by the people page and the API.</summary>
internal sealed class InvitationsHandler(
    AppDbContext db, IProgrammeDirectory programmes, ISchoolDirectory schools, IClusterDirectory clusters, IMailSender mail, IPublicLinks links, UserManager<AppUser> users, TimeProvider time,
    IStringLocalizer<InvitationsHandler> L)
{
    public async Task<InvitationCreated> InviteAsync(ClaimsPrincipal inviter, string email, string displayName, Role role, ScopeType scopeType, string? scopeId, CancellationToken ct)
    {
        scopeId = scopeType == ScopeType.Global ? "" : scopeId?.Trim() ?? "";
        EnsureScopeFitsRole(role, scopeType, scopeId);
        // Refused before the scope is looked up, so a caller learns nothing about scopes that are not theirs.
        if (!await CanGrantAsync(inviter, role, scopeType, scopeId, ct))
        {
            throw new ForbiddenException(new CatalogText("People.Error.CannotGrant"));
        }
        await EnsureScopeExistsAsync(scopeType, scopeId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var (invitation, token) = Invitation.Create(email, displayName, role, scopeType, scopeId, inviter.UserId() ?? Guid.Empty, now);
        var existing = await users.FindByEmailAsync(invitation.Email);
        if (existing is not null)
        {
            // A person who already has an account simply gets the role; no second account.
            var exists = await db.Set<RoleAssignment>().AnyAsync(r => r.UserId == existing.Id && r.Role == role && r.ScopeType == scopeType && r.ScopeId == invitation.ScopeId, ct);
            if (exists)
            {
                throw new BusinessRuleException(new CatalogText("People.Error.AlreadyHasRole", invitation.Email));
            }
        }
        db.Add(invitation);
        await db.SaveChangesAsync(ct);
        var link = links.To($"/account/invitation/{token}");
        // In the inviter's language: the invitee's is not known yet.
        await mail.SendAsync(invitation.Email, L["People.Invite.MailSubject"],
            L["People.Invite.MailBody", invitation.DisplayName, L["People.Role." + role].Value, Invitation.Lifetime.Days, link], ct);
        return new InvitationCreated(invitation.Id, invitation.Email, role, scopeType, invitation.ScopeId, invitation.ExpiresAt);
    }

    public async Task<Invitation?> FindOpenAsync(string token, CancellationToken ct)
    {
        var hash = Invitation.Hash(token);
        var invitation = await db.Set<Invitation>().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsOpen(time.GetUtcNow().UtcDateTime) ? invitation : null;
    }

    /// <summary>
    /// Creates the account (or reuses an existing one) and grants the role, in one transaction. An
    /// invitation for an address that already has an account is accepted only by that account, signed
    /// in: whoever else holds the link (the inviter, a forwarded mail) cannot add a role to it.
    /// </summary>
    public async Task<AppUser> AcceptAsync(string token, string displayName, string? password, ClaimsPrincipal caller, CancellationToken ct)
    {
        var invitation = await FindOpenAsync(token, ct) ?? throw new BusinessRuleException(new CatalogText("People.Error.InvitationInvalid"));
        // An invitation made before roles were checked against their scopes may still be open.
        EnsureScopeFitsRole(invitation.Role, invitation.ScopeType, invitation.ScopeId);
        await EnsureScopeExistsAsync(invitation.ScopeType, invitation.ScopeId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        invitation.Accept(time.GetUtcNow().UtcDateTime);
        AppUser? user;
        try
        {
            user = await users.FindByEmailAsync(invitation.Email);
            if (user is not null && caller.UserId() != user.Id)
            {
                throw new ForbiddenException(new CatalogText("People.Error.InvitationForAccount", invitation.Email));
            }
            if (user is null)
            {
                user = new AppUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = displayName.Trim() };
                var created = await users.CreateAsync(user, password ?? "");
                if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail)))
                {
                    // The same link accepted at the same time created the account first.
                    throw new BusinessRuleException(new CatalogText("People.Error.InvitationInvalid"));
                }
                if (!created.Succeeded)
                {
                    throw new InputException(new CatalogText("People.Error.PasswordRejected"), new Dictionary<string, CatalogText[]> { ["password"] = [.. created.Errors.Select(PasswordProblem)] });
                }
            }
            db.Add(RoleAssignment.Create(user.Id, invitation.Role, invitation.ScopeType, invitation.ScopeId));
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same link accepted at the same time: the unique keys (account, role) let the first one in.
            throw new BusinessRuleException(new CatalogText("People.Error.InvitationInvalid"));
        }
        await transaction.CommitAsync(ct);
        return user;
    }

    /// <summary>The one password rule set here has its own text; Identity's other (English) descriptions pass through.</summary>
    private CatalogText PasswordProblem(IdentityError error) => error.Code == nameof(IdentityErrorDescriber.PasswordTooShort)
        ? new CatalogText("People.Error.PasswordTooShort", users.Options.Password.RequiredLength)
        : CatalogText.Plain(error.Description);

    /// <summary>A role only on the kinds of scope it means (<see cref="RoleAssignment.ScopesOf"/>), with the scope named: 400 otherwise.</summary>
    private static void EnsureScopeFitsRole(Role role, ScopeType scopeType, string scopeId)
    {
        if (!RoleAssignment.ScopesOf(role).Contains(scopeType))
        {
            throw ScopeProblem("scopeType", new CatalogText("People.Error.ScopeTypeNotForRole", new CatalogText("People.Role." + role), new CatalogText("People.Scope." + scopeType)));
        }
        if (scopeType != ScopeType.Global && scopeId.Length == 0)
        {
            throw ScopeProblem("scopeId", new CatalogText("People.Error.ScopeIdRequired"));
        }
    }

    private async Task EnsureScopeExistsAsync(ScopeType scopeType, string scopeId, CancellationToken ct)
    {
        var exists = scopeType switch
        {
            ScopeType.Global => true,
            ScopeType.Programme => Guid.TryParse(scopeId, out var id) && await programmes.FindAsync(id, ct) is not null,
            ScopeType.Hub => Guid.TryParse(scopeId, out var id) && await programmes.ProgrammeOfHubAsync(id, ct) is not null,
            ScopeType.Cluster => Guid.TryParse(scopeId, out var id) && await clusters.PlaceAsync(id, ct) is not null,
            ScopeType.School => await schools.FindAsync(scopeId, ct) is not null,
            _ => false,
        };
        if (!exists)
        {
            throw ScopeProblem("scopeId", new CatalogText("People.Error.ScopeNotFound"));
        }
    }

    private static InputException ScopeProblem(string field, CatalogText message) =>
        new(new CatalogText("People.Error.ScopeInvalid"), new Dictionary<string, CatalogText[]> { [field] = [message] });

    public async Task<bool> CanGrantAsync(ClaimsPrincipal inviter, Role role, ScopeType scopeType, string scopeId, CancellationToken ct)
    {
        if (inviter.IsAdmin())
        {
            return true;
        }
        if (role == Role.Admin)
        {
            return false;
        }
        switch (scopeType)
        {
            case ScopeType.Programme:
                return inviter.Holds(Role.NationalCoordinator, ScopeType.Programme, scopeId);
            case ScopeType.Hub:
                return Guid.TryParse(scopeId, out var hubId)
                    && (inviter.Holds(Role.HubCoordinator, ScopeType.Hub, scopeId)
                        || (await programmes.ProgrammeOfHubAsync(hubId, ct) is { } programmeId && inviter.Holds(Role.NationalCoordinator, ScopeType.Programme, programmeId.ToString())));
            case ScopeType.School:
                if (inviter.Holds(Role.SchoolCoordinator, ScopeType.School, scopeId) && role is Role.Teacher or Role.SchoolLeader or Role.Mentor or Role.SchoolCoordinator)
                {
                    return true;
                }
                var participations = await programmes.ParticipationsOfSchoolAsync(scopeId, ct);
                return participations.Any(p => inviter.Holds(Role.NationalCoordinator, ScopeType.Programme, p.ProgrammeId.ToString())
                    || (p.HubId is { } h && inviter.Holds(Role.HubCoordinator, ScopeType.Hub, h.ToString())));
            case ScopeType.Cluster:
                return Guid.TryParse(scopeId, out var clusterId) && await clusters.PlaceAsync(clusterId, ct) is { } cluster
                    && (inviter.Holds(Role.NationalCoordinator, ScopeType.Programme, cluster.ProgrammeId.ToString())
                        || (cluster.HubId is { } clusterHub && inviter.Holds(Role.HubCoordinator, ScopeType.Hub, clusterHub.ToString())));
            default:
                return false;
        }
    }
}
