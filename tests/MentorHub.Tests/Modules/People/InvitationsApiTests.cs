using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

[Trait("Category", Category.Integration)]
public sealed class InvitationsApiTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_school_coordinator_invites_a_teacher_who_accepts_and_signs_in()
    {
        var coordinator = await app.SignedInAsync("mentee-school@demo.example");
        var me = await (await coordinator.GetAsync("/api/v1/me")).JsonAsync();
        var school = me.GetProperty("roles").EnumerateArray().First(r => r.GetProperty("scopeType").GetString() == "school").GetProperty("scopeId").GetString();

        await (await coordinator.PostAsJsonAsync("/api/v1/invitations", new
        {
            email = "nova.professora@example.org",
            displayName = "Nova Professora",
            role = "teacher",
            scopeType = "school",
            scopeId = school,
        })).JsonAsync(HttpStatusCode.Created);
        var link = app.Mail.LinkTo("nova.professora@example.org", "/account/invitation/");
        var token = link[(link.LastIndexOf('/') + 1)..];

        var anonymous = app.Anonymous();
        var page = await anonymous.GetStringAsync($"/account/invitation/{token}");
        Assert.Contains("nova.professora@example.org", page);

        var weak = await anonymous.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Nova", password = "short" });
        await weak.AssertProblemAsync(HttpStatusCode.BadRequest);

        await (await anonymous.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Nova Professora", password = "uma-palavra-longa" })).JsonAsync();
        var reused = await anonymous.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "Outra", password = "uma-palavra-longa" });
        await reused.AssertProblemAsync(HttpStatusCode.Conflict);

        var teacher = await app.SignedInAsync("nova.professora@example.org", "uma-palavra-longa");
        var teacherMe = await (await teacher.GetAsync("/api/v1/me")).JsonAsync();
        Assert.Contains(teacherMe.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "teacher" && r.GetProperty("scopeId").GetString() == school);
    }

    [Fact]
    public async Task People_cannot_grant_roles_outside_their_scope()
    {
        var teacher = await app.SignedInAsync("teacher@demo.example");
        var response = await teacher.PostAsJsonAsync("/api/v1/invitations", new { email = "x@example.org", displayName = "X", role = "admin", scopeType = "global" });
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);

        var hub = await app.SignedInAsync("hub@demo.example");
        var programmeWide = await hub.PostAsJsonAsync("/api/v1/invitations", new { email = "y@example.org", displayName = "Y", role = "researcher", scopeType = "programme", scopeId = Guid.NewGuid().ToString() });
        await programmeWide.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_role_without_its_scope_is_refused()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        var response = await admin.PostAsJsonAsync("/api/v1/invitations", new { email = "z@example.org", displayName = "Z", role = "teacher", scopeType = "global" });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("scopeType", out _));
    }

    [Fact]
    public async Task An_unknown_invitation_link_shows_a_clear_page()
    {
        var page = await app.Anonymous().GetStringAsync("/account/invitation/not-a-real-token");
        Assert.Contains("unknown, already used or expired", page);
    }
}
