using MentorHub.Web.Modules.Evaluation.Domain;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Evaluation.Demo;

/// <summary>
/// An incentives ledger as the projects kept one: every mentor school of the demo programme received the MenSI
/// grant of 4,000 EUR, with training places, MOOC seats, equipment, a study visit, time off teaching and
/// recognition beside it; a few mentee schools received smaller cash and non-cash support. Recorded by the
/// national coordinator, granted in the current school year (from 1 September), never after today.
/// </summary>
internal sealed class IncentivesDemo(IProgrammeDirectory programmes, TimeProvider time) : IDemoContributor
{
    public int Order => 95;

    private sealed record Grant(int Day, string Kind, decimal? Amount, string Purpose);

    /// <summary>What each mentor school received; the first mentor school receives all of it, the others the grant and a part.</summary>
    private static readonly Grant[] MentorGrants =
    [
        new(3, IncentiveKinds.Cash, 4000m, "MenSI mentor school grant: staff time for mentoring the cluster"),
        new(20, "training", null, "Two places in the national digital leadership course"),
        new(34, "training", null, "Ten seats in the MOOC on mentoring for digital transformation"),
        new(45, "equipment", 1200m, "Robotics kits lent for the cluster's maker activities"),
        new(58, "visit", null, "Study visit to a mentor school abroad for two teachers"),
        new(66, "time", null, "Two hours a week off teaching for the digital coordinator"),
        new(80, "recognition", null, "Certificate of mentor school from the ministry"),
    ];

    private static readonly Grant[] MenteeGrants =
    [
        new(15, IncentiveKinds.Cash, 500m, "Travel to the mentor school's visits and workshops"),
        new(38, "training", null, "Three MOOC places for the school's digital team"),
        new(72, "recognition", null, "Certificate of participation in the mentoring cluster"),
    ];

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var yearStart = new DateOnly(today.Month >= 9 ? today.Year : today.Year - 1, 9, 1);
        var by = demo.Ids.TryGetValue("user.coordinator@demo.example", out var c) ? Guid.Parse(c) : Guid.Empty;
        var participants = await programmes.ParticipantsAsync(programmeId, ct);
        var mentors = participants.Where(p => p.Role == "mentor").Select(p => p.SchoolId).Order(StringComparer.Ordinal).ToList();
        var mentees = participants.Where(p => p.Role == "mentee").Select(p => p.SchoolId).Order(StringComparer.Ordinal).ToList();
        // The featured mentee first, then a few others.
        if (demo.Ids.TryGetValue(DemoKeys.MenteeSchool, out var featured) && mentees.Remove(featured))
        {
            mentees.Insert(0, featured);
        }

        var recordedAt = now.AddMinutes(-mentors.Count * MentorGrants.Length - 10);
        void Add(string schoolId, Grant grant)
        {
            var granted = yearStart.AddDays(grant.Day);
            if (granted > today)
            {
                granted = today;
            }
            var input = new IncentiveInput(schoolId, grant.Kind, grant.Amount, grant.Amount is null ? null : "EUR", grant.Purpose, granted);
            recordedAt = recordedAt.AddMinutes(1);
            demo.Db.Add(Incentive.Record(programmeId, input, today, by, "Carla Coordenadora", recordedAt));
        }

        for (var k = 0; k < mentors.Count; k++)
        {
            // The grant for every mentor school; the other kinds spread so each school has a few.
            foreach (var (grant, i) in MentorGrants.Select((g, i) => (g, i)))
            {
                if (k == 0 || i == 0 || (i + k) % 3 == 0)
                {
                    Add(mentors[k], grant);
                }
            }
        }
        for (var k = 0; k < Math.Min(3, mentees.Count); k++)
        {
            foreach (var (grant, i) in MenteeGrants.Select((g, i) => (g, i)))
            {
                if (k == 0 || i == k)
                {
                    Add(mentees[k], grant with { Amount = grant.Amount is { } a ? a - (k * 100m) : null });
                }
            }
        }
    }
}
