using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Clusters.Api;
using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Activities.Demo;

/// <summary>
/// A term of activities for every demo cluster, the mix MenSI clusters ran (mostly online, some
/// face-to-face, a hybrid Teachmeet; costs for travel and visits), with reflections by the schools
/// on activities and on the term and some comments of the mentor school, so the term's diary has
/// content. Talaíde's (PT-277629) cluster has the richest term. The term is the current one.
/// </summary>
internal sealed class ActivitiesDemo(IClusterDirectory clusters, TimeProvider time) : IDemoContributor
{
    public const string Talaide = "PT-277629";

    public int Order => 90;

    private sealed record Plan(int Day, string Title, string Format, ActivityMode Mode, int Minutes, bool AtMentor, decimal? Cost, string? Method, string Topic);

    private static readonly Plan[] Term =
    [
        new(9, "Kick-off: planning the term together", "planning-meeting", ActivityMode.Online, 60, true, null, null, "Goals and meeting rhythm for the term"),
        new(17, "Webinar: formative assessment with digital tools", "webinar", ActivityMode.Online, 60, true, null, null, "Quizzes, exit tickets and feedback apps"),
        new(26, "Visit to the mentor school's maker space", "school-visit", ActivityMode.FaceToFace, 180, true, 85m, null, "Flexible learning spaces"),
        new(33, "Digipeda: how do we use digital technology in teaching?", "online-workshop", ActivityMode.Online, 120, true, null, "digipeda", "Whole-staff reflection on digital pedagogy"),
        new(40, "Teachmeet: five-minute classroom ideas", "teachmeet", ActivityMode.Hybrid, 90, false, null, null, "Short talks by teachers of every school"),
        new(48, "Lesson observation: robotics in grade 5", "lesson-observation", ActivityMode.FaceToFace, 90, true, 40m, null, "STEM and robotics"),
        new(55, "Expert talk: data protection in school apps", "expert-talk", ActivityMode.Online, 45, true, 150m, null, "GDPR for teachers"),
        new(62, "Peer exchange of mathematics teachers", "peer-exchange", ActivityMode.Online, 60, false, null, null, "Personalised learning in mathematics"),
        new(70, "Job shadowing at the mentor school", "job-shadowing", ActivityMode.FaceToFace, 360, true, 120m, null, "A day with the digital coordinator"),
        new(95, "Reflection meeting: what worked this term", "reflection-meeting", ActivityMode.Online, 60, true, null, null, "Preparing the term diaries"),
    ];

    public async Task SeedAsync(DemoContext demo, CancellationToken ct)
    {
        var programmeId = Guid.Parse(demo.Ids[DemoKeys.Programme]);
        var now = time.GetUtcNow().UtcDateTime;
        var term = Domain.Term.Of(now);
        var by = demo.Ids.TryGetValue("user.mentee-school@demo.example", out var u) ? Guid.Parse(u) : (Guid?)null;
        var mentorUser = demo.Ids.TryGetValue("user.mentor-school@demo.example", out var m) ? Guid.Parse(m) : (Guid?)null;
        foreach (var summary in await clusters.ClustersAsync(programmeId, ct))
        {
            if (await clusters.MembersAsync(summary.Id, ct) is not { } cluster || cluster.SchoolIds.Count < 2)
            {
                continue;
            }
            var rich = cluster.SchoolIds.Contains(Talaide);
            // The richest cluster runs the whole plan; the others every other activity.
            var plans = rich ? Term : [.. Term.Where((_, k) => k % 2 == 0 || k == Term.Length - 1)];
            var mentees = cluster.SchoolIds.Where(s => s != cluster.MentorSchoolId).ToList();
            var logged = new List<Activity>();
            for (var k = 0; k < plans.Length; k++)
            {
                var p = plans[k];
                var starts = term.Start.ToDateTime(new TimeOnly(p.Mode == ActivityMode.Online ? 17 : 10, 0), DateTimeKind.Utc).AddDays(p.Day);
                var host = p.AtMentor ? cluster.MentorSchoolId : mentees[k % mentees.Count];
                var participants = cluster.SchoolIds.Select((s, i) => new ParticipantCount(s,
                    Leaders: p.Format == "planning-meeting" ? 1 : i % 2,
                    Teachers: 2 + ((k + i) % 5) + (s == host ? 3 : 0),
                    Students: p.Format == "lesson-observation" && s == host ? 24 : 0)).ToList();
                var details = new ActivityDetails(p.Title, p.Format, p.Mode, starts, p.Minutes, host, participants,
                    p.Cost is { } c ? new Money(c, "EUR") : null, [], p.Method, p.Mode == ActivityMode.Online ? ["https://meet.example.org/cluster"] : [],
                    p.Topic, [], p.Format == "webinar" ? "https://video.example.org/recording/assessment" : null);
                var activity = Activity.Log(cluster.Id, programmeId, details, by, starts < now ? starts.AddDays(1) : now);
                logged.Add(activity);
                demo.Db.Add(activity);
            }

            var past = logged.Where(a => a.StartsAt < now).ToList();
            foreach (var (school, i) in mentees.Select((s, i) => (s, i)))
            {
                var count = rich && school == Talaide ? 4 : rich ? 2 : 1;
                foreach (var activity in past.Skip(i % Math.Max(1, past.Count)).Take(count))
                {
                    var reflection = new Reflection { ClusterId = cluster.Id, SchoolId = school, ActivityId = activity.Id };
                    reflection.Write(
                        $"{Teachers(activity, school)} of our teachers took part in “{activity.Title}”.",
                        Learned(activity.Format),
                        "Finding a time that suits every school's timetable.",
                        "Try one idea in class before the next meeting and bring an example.",
                        by, activity.StartsAt.AddDays(2));
                    if (i == 0)
                    {
                        reflection.Comment("Thank you: bring the example to our next meeting, the other schools can learn from it.", mentorUser, activity.StartsAt.AddDays(3));
                    }
                    demo.Db.Add(reflection);
                }
                if (past.Count > 0)
                {
                    var termReflection = new Reflection { ClusterId = cluster.Id, SchoolId = school, TermStart = term.Start };
                    termReflection.Write(
                        $"We took part in {past.Count} activities of the cluster, most of them online.",
                        "Short online meetings keep everyone involved; visits show what the plans mean in a real classroom.",
                        rich && school == Talaide ? "Releasing teachers for the visit and the job shadowing day." : "Keeping the pace between meetings.",
                        "Each department tries one method from the toolbox next term and reports back.",
                        by, past[^1].StartsAt.AddDays(1));
                    demo.Db.Add(termReflection);
                }
            }
        }
    }

    private static int Teachers(Activity activity, string school) => activity.Participants.FirstOrDefault(p => p.SchoolId == school)?.Teachers ?? 0;

    private static string Learned(string format) => format switch
    {
        "school-visit" or "lesson-observation" or "job-shadowing" => "Seeing the room and the lesson made the idea concrete: the layout matters as much as the devices.",
        "webinar" or "expert-talk" => "Practical tools we can use next week, and what to check before using an app with pupils.",
        "teachmeet" or "peer-exchange" => "Colleagues in other schools face the same questions; short examples travel fast.",
        _ => "Agreeing on few goals made the plan realistic.",
    };
}
