using System.Net;
using System.Net.Http.Json;
using MentorHub.Tests.Infrastructure;

namespace MentorHub.Tests.Modules.People;

/// <summary>Found by the API fuzz test: the same invitation accepted twice at once made the second answer 500.</summary>
[Trait("Category", Category.Integration)]
public sealed class AcceptInvitationConcurrencyTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_invitation_accepted_several_times_at_once_is_accepted_once_and_refused_with_409_otherwise()
    {
        var admin = await app.SignedInAsync("admin@demo.example");
        for (var round = 0; round < 3; round++)
        {
            await (await admin.PostAsJsonAsync("/api/v1/invitations", new
            {
                email = $"at-once-{round}@example.org", displayName = "At Once", role = "teacher", scopeType = "school", scopeId = "PT-277629",
            })).JsonAsync(HttpStatusCode.Created);
            // The link reaches the invitee's mail only.
            var token = app.Mail.LinkTo($"at-once-{round}@example.org", "/account/invitation/").Split('/')[^1];
            var anonymous = app.Anonymous();

            var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
                anonymous.PostAsJsonAsync($"/api/v1/invitations/{token}/accept", new { displayName = "At Once", password = "uma-palavra-longa" })));

            // The losers are refused: 409 when the invitation was already used, or 403 once the account the
            // first one created exists (an existing account accepts only when signed in as itself).
            Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.Forbidden, $"{(int)r.StatusCode}"));
            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        }
    }
}
