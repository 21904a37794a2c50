using System.Security.Claims;
using MentorHub.Web.Modules.People.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Errors;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Mail;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MentorHub.Web.Modules.People.InvitePeople;

internal sealed record InvitationCreated(Guid Id, string Email, Role Role, ScopeType ScopeType, string ScopeId, DateTime ExpiresAt, string Link);

/// <summary>Who may grant which role where, and the invitation life cycle. Shared by the people page and the API.</summary>
internal sealed class InvitationsHandler(
    AppDbContext db, IProgrammeDirectory programmes, IMailSender mail, IPublicLinks links, UserManager<AppUser> users, TimeProvider time,
    IStringLocalizer<InvitationsHandler> L)
{
    public async Task<InvitationCreated> InviteAsync(ClaimsPrincipal inviter, string email, string displayName, Role role, ScopeType scopeType, string? scopeId, CancellationToken ct)
    {
        if (!await CanGrantAsync(inviter, role, scopeType, scopeId ?? "", ct))
        {
            throw new ForbiddenException(new CatalogText("People.Error.CannotGrant"));
        }
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
        return new InvitationCreated(invitation.Id, invitation.Email, role, scopeType, invitation.ScopeId, invitation.ExpiresAt, link);
    }

    public async Task<Invitation?> FindOpenAsync(string token, CancellationToken ct)
    {
        var hash = Invitation.Hash(token);
        var invitation = await db.Set<Invitation>().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsOpen(time.GetUtcNow().UtcDateTime) ? invitation : null;
    }

    /// <summary>Creates the account (or reuses an existing one) and grants the role, in one transaction.</summary>
    public async Task<AppUser> AcceptAsync(string token, string displayName, string? password, CancellationToken ct)
    {
        var invitation = await FindOpenAsync(token, ct) ?? throw new BusinessRuleException(new CatalogText("People.Error.InvitationInvalid"));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        invitation.Accept(time.GetUtcNow().UtcDateTime);
        AppUser? user;
        try
        {
            user = await users.FindByEmailAsync(invitation.Email);
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
            default:
                return false;
        }
    }
}
