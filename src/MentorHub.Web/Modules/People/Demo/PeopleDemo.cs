using MentorHub.Web.Platform.Demo;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;

namespace MentorHub.Web.Modules.People;

/// <summary>One demo account per role, all with the password of <see cref="DemoAccounts"/>.</summary>
internal sealed class PeopleDemo(UserManager<AppUser> users) : IDemoContributor
{
    public int Order => 30;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programme = demo.Ids[DemoKeys.Programme];
        var hub = demo.Ids[DemoKeys.TopDownHub];
        var mentorSchool = demo.Ids[DemoKeys.MentorSchool];
        var menteeSchool = demo.Ids[DemoKeys.MenteeSchool];
        (string Email, string Name, Role Role, ScopeType Scope, string? ScopeId)[] accounts =
        [
            ("admin@demo.example", "Alex Admin", Role.Admin, ScopeType.Global, null),
            ("coordinator@demo.example", "Carla Coordenadora", Role.NationalCoordinator, ScopeType.Programme, programme),
            ("hub@demo.example", "Hugo Hub", Role.HubCoordinator, ScopeType.Hub, hub),
            ("mentor-school@demo.example", "Marta Mentora", Role.SchoolCoordinator, ScopeType.School, mentorSchool),
            ("mentee-school@demo.example", "Miguel Mentorado", Role.SchoolCoordinator, ScopeType.School, menteeSchool),
            ("teacher@demo.example", "Teresa Professora", Role.Teacher, ScopeType.School, menteeSchool),
            ("researcher@demo.example", "Rita Investigadora", Role.Researcher, ScopeType.Programme, programme),
            ("policy@demo.example", "Paulo Decisor", Role.PolicyViewer, ScopeType.Programme, programme),
        ];
        foreach (var (email, name, role, scope, scopeId) in accounts)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, Language = "pt" };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            demo.Db.Add(RoleAssignment.Create(user.Id, role, scope, scopeId));
            demo.Ids["user." + email] = user.Id.ToString();
        }
        var mentorLeader = demo.Ids["user.mentor-school@demo.example"];
        demo.Db.Add(RoleAssignment.Create(Guid.Parse(mentorLeader), Role.Mentor, ScopeType.School, mentorSchool));
    }
}
