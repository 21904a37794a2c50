using System.Text.Json;
using MentorHub.Web.Modules.Programs.Api;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.SelfAssessment;

/// <summary>
/// Every demo school has a closed baseline round; a third of them a closed follow-up round (results
/// are shown only for closed rounds, ADR 0009); half of them a closed outcome survey of teachers.
/// The featured school also has a third round, open now, so the "results when it closes" note shows.
/// Answers are drawn from a fixed seed around a per-school profile (leaders see the school
/// more kindly than teachers, as in the projects' data), and some groups stay under the anonymity
/// threshold so suppression shows. The featured school (Talaíde) shares its latest report with its
/// mentor school and its own staff; two other Lisbon mentees share chosen areas with their mentor.
/// Aggregates are computed in memory with the same scorer as live
/// submissions and written in bulk.
/// </summary>
internal sealed class SelfAssessmentDemo(InstrumentStore instruments, IProgrammeDirectory programmes) : IDemoContributor
{
    public const string BaselineRoundKey = "round.baseline.mentee";
    public const string FollowUpRoundKey = "round.follow-up.mentee";
    public const string OpenRoundKey = "round.open.mentee";

    public int Order => 40;

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var featured = demo.Ids[DemoKeys.MenteeSchool];
        var selfAssessment = await instruments.GetAsync(InstrumentCatalog.DefaultSelfAssessmentId, ct);
        var outcome = await instruments.GetAsync(InstrumentCatalog.DefaultOutcomeId, ct);
        var random = new Random(20261123);
        var now = DateTime.UtcNow;
        var participants = await programmes.ParticipantsAsync(programmeId, ct);
        string[] schools = [.. participants.OrderBy(p => p.Role == "mentor" ? 0 : 1).ThenBy(p => p.SchoolId, StringComparer.Ordinal).Select(p => p.SchoolId)];

        for (var s = 0; s < schools.Length; s++)
        {
            var school = schools[s];
            var profile = selfAssessment.Areas.ToDictionary(a => a.Id, _ => Normal(random, 3.3, 0.45));
            // Group sizes: every fourth school has too few leaders, every seventh too few students.
            var sizes = new Dictionary<string, int>
            {
                [RespondentGroups.Leaders] = s % 4 == 1 ? 3 : random.Next(5, 9),
                [RespondentGroups.Teachers] = random.Next(9, 31),
                [RespondentGroups.Students] = s % 7 == 2 ? 2 : random.Next(20, 61),
            };
            var baseline = AddRound(demo.Db, school, programmeId, selfAssessment, now.AddDays(-70), now.AddDays(-45), random, sizes, profile, 0);
            if (s % 3 == 0 || school == featured)
            {
                var followUp = AddRound(demo.Db, school, programmeId, selfAssessment, now.AddDays(-30), now.AddDays(-2), random, sizes, profile, Normal(random, 0.35, 0.1));
                if (school == featured)
                {
                    demo.Ids[BaselineRoundKey] = baseline;
                    demo.Ids[FollowUpRoundKey] = followUp;
                    // A third round, open now with a few answers in: its report says when results appear.
                    demo.Ids[OpenRoundKey] = AddRound(demo.Db, school, programmeId, selfAssessment, now.AddDays(-1), now.AddDays(20), random,
                        new Dictionary<string, int> { [RespondentGroups.Teachers] = 3 }, profile, 0.5);
                }
            }
            var latest = demo.Db.ChangeTracker.Entries<SurveyRound>().Select(e => e.Entity)
                .Where(r => r.SchoolId == school && r.InstrumentId == selfAssessment.Id && r.ClosesAt <= now).MaxBy(r => r.OpensAt);
            if (latest is not null && SharedAreas(school, featured, selfAssessment, demo) is var (mentor, staff, areas) && (mentor || staff))
            {
                var share = new ReportShare { RoundId = latest.Id };
                share.Set(mentor, staff, areas, released: true, null, now.AddDays(-1));
                demo.Db.Add(share);
            }
            if (school == featured)
            {
                // The school also ran SELFIE last year and typed in its area scores.
                foreach (var group in new[] { RespondentGroups.Leaders, RespondentGroups.Teachers })
                {
                    foreach (var letter in SelfieScore.Areas)
                    {
                        demo.Db.Add(SelfieScore.Create(school, DateOnly.FromDateTime(now.AddDays(-120)), group, letter.ToString(),
                            Math.Round(Math.Clamp(Normal(random, group == RespondentGroups.Leaders ? 3.8 : 3.3, 0.4), 1, 5), 1)));
                    }
                }
            }
            if (s % 2 == 0)
            {
                var teachers = new Dictionary<string, int> { [RespondentGroups.Teachers] = s % 8 == 4 ? 3 : random.Next(6, 18) };
                var agreement = outcome.Areas.ToDictionary(a => a.Id, _ => Normal(random, 4.0, 0.3));
                AddRound(demo.Db, school, programmeId, outcome, now.AddDays(-21), now.AddDays(-1), random, teachers, agreement, 0);
            }
        }
    }

    /// <summary>Who each demo school shares its latest report with, and which areas (null: the whole report).</summary>
    private static (bool Mentor, bool Staff, IReadOnlyCollection<string>? Areas) SharedAreas(string school, string featured, Instrument instrument, DemoContext demo)
    {
        if (school == featured)
        {
            return (true, true, null);
        }
        var areas = instrument.Areas.Select(a => a.Id).ToList();
        return school == demo.Ids.GetValueOrDefault(DemoKeys.LisbonMentee(1)) ? (true, false, areas.Take(3).ToList())
            : school == demo.Ids.GetValueOrDefault(DemoKeys.LisbonMentee(2)) ? (true, true, areas.Skip(2).Take(2).ToList())
            : (false, false, null);
    }

    private static string AddRound(
        AppDbContext db, string school, Guid programmeId, Instrument instrument, DateTime opensAt, DateTime closesAt, Random random,
        Dictionary<string, int> sizes, Dictionary<string, double> profile, double improvement)
    {
        var round = SurveyRound.Open(school, programmeId, instrument, opensAt, closesAt);
        db.Add(round);
        var responses = new List<(string Group, IReadOnlyDictionary<string, int?> Answers)>();
        var days = (int)Math.Max(1, (Math.Min(closesAt.Ticks, DateTime.UtcNow.Ticks) - opensAt.Ticks) / TimeSpan.TicksPerDay);
        foreach (var (group, size) in sizes)
        {
            var offset = group switch { RespondentGroups.Leaders => 0.45, RespondentGroups.Students => -0.15, _ => 0.0 };
            for (var r = 0; r < size; r++)
            {
                var person = Normal(random, 0, 0.35);
                var answers = new Dictionary<string, int?>();
                // "Don't know" comes for a whole area (a student who knows nothing of the school's
                // leadership), as in the projects' data.
                var unknown = instrument.Areas.Where(_ => random.NextDouble() < 0.06).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
                foreach (var item in instrument.ItemsFor(group).Where(i => i.Kind == ItemKind.Scale))
                {
                    answers[item.Id] = unknown.Contains(item.AreaId)
                        ? null
                        : (int)Math.Clamp(Math.Round(profile[item.AreaId] + improvement + offset + person + Normal(random, 0, 0.6)), 1, 5);
                }
                responses.Add((group, answers));
                db.Add(new SurveyResponse
                {
                    SubmissionId = Guid.NewGuid(),
                    RoundId = round.Id,
                    Group = group,
                    Language = random.NextDouble() < 0.85 ? "pt" : "en",
                    Answers = JsonSerializer.Serialize(answers),
                    SubmittedOn = DateOnly.FromDateTime(opensAt.AddDays(random.Next(days))),
                });
            }
        }

        // Written as shard 0; live submissions add to any shard and readers add the shards up.
        var totals = RoundAggregates.Accumulate(round.Id, school, instrument, responses);
        db.AddRange(totals.Groups);
        db.AddRange(totals.Areas);
        db.AddRange(totals.ItemValues);
        return round.Id;
    }

    private static double Normal(Random random, double mean, double sd)
    {
        // Box–Muller: enough for demo data, and deterministic with the seeded generator.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (sd * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }
}
