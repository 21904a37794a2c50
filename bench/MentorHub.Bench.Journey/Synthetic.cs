using Stopwatch = System.Diagnostics.Stopwatch;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Clusters.Domain;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Modules.Journey.Domain;
using MentorHub.Web.Modules.Programs.Domain;
using MentorHub.Web.Modules.Schools.Domain;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.Toolbox.Api;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Bench;

/// <summary>Sizes of the synthetic programme; the target is 2,000 clusters and 100,000 activities.</summary>
internal sealed record JourneyScale(int Clusters, int Activities, int Hubs, int OpenRounds, int ClosedRounds, int ScheduledRounds);

/// <summary>What the seeded programme is, for the benchmark's requests.</summary>
internal sealed record SeededProgramme(Guid ProgrammeId, IReadOnlyList<Guid> HubIds, Guid CoordinatorId, Guid HubCoordinatorId);

/// <summary>
/// A deterministic national programme at the scale, written through the app's entities and
/// DbContext: hubs, schools, clusters with their memberships (some schools left), journey tracks in
/// every phase and cycle (with the moves that led there, and schools with tracks of their own),
/// activities of very uneven frequency over two years (some clusters stopped long ago, some never
/// started, some planned ahead), and self-assessment rounds that are open, closed or scheduled.
/// Rows go in per chunk, each chunk through a fresh context with one SaveChanges.
/// </summary>
internal static class Synthetic
{
    public const string ProgrammeName = "Journey benchmark programme";
    public const string CoordinatorEmail = "coordinator@bench-journey.example";
    public const string HubCoordinatorEmail = "hub@bench-journey.example";
    public const string Password = "Bench-journey-2026!";
    private const int Chunk = 5_000;

    private static readonly string[] Towns =
    [
        "Lisboa", "Porto", "Braga", "Coimbra", "Évora", "Setúbal", "Faro", "Aveiro", "Viseu", "Leiria", "Guarda", "Bragança",
        "Beja", "Portalegre", "Santarém", "Castelo Branco", "Vila Real", "Viana do Castelo", "Óbidos", "Águeda", "Amadora",
        "Sintra", "Cascais", "Almada", "Seixal", "Barreiro", "Odivelas", "Loures", "Matosinhos", "Gaia", "Gondomar", "Maia",
    ];

    private static readonly string[] Kinds = ["Escola Básica", "Escola Secundária", "Agrupamento de Escolas", "Escola Profissional", "Colégio"];
    private static readonly string[] Formats = [.. ToolboxIds.Formats];
    private static readonly JourneyPhase[] Phases = [.. JourneyPhases.All];

    public static async Task<SeededProgramme?> FindAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var programme = await db.Set<Programme>().AsNoTracking().Where(p => p.Name == ProgrammeName).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
        if (programme is not { } id)
        {
            return null;
        }
        var hubs = await db.Set<Hub>().AsNoTracking().Where(h => h.ProgrammeId == id).OrderBy(h => h.Name).Select(h => h.Id).ToListAsync();
        var users = await db.Users.AsNoTracking().Where(u => u.Email == CoordinatorEmail || u.Email == HubCoordinatorEmail).ToDictionaryAsync(u => u.Email!, u => u.Id);
        return new SeededProgramme(id, hubs, users[CoordinatorEmail], users[HubCoordinatorEmail]);
    }

    public static async Task<SeededProgramme> SeedAsync(IServiceProvider services, JourneyScale scale, int seed, Action<string> log)
    {
        var rng = new Random(seed);
        var now = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();

        var programme = Programme.Create(ProgrammeName, "PT", DateOnly.FromDateTime(now.AddYears(-2)), DateOnly.FromDateTime(now.AddYears(2)), ["pt", "en"], null, "Synthetic programme of the journey overview benchmark.");
        var hubs = Enumerable.Range(0, scale.Hubs)
            .Select(h => new Hub { ProgrammeId = programme.Id, Name = $"Hub {h + 1:D2} {Towns[h % Towns.Length]}", Region = Towns[h % Towns.Length], Kind = h % 3 == 2 ? HubKind.BottomUp : HubKind.TopDown })
            .ToList();
        await SaveAsync(services, [programme, .. hubs]);

        // Clusters: one mentor and 1–6 mentees each; about one in ten clusters also had a school that left.
        var schools = new List<School>();
        var clusters = new List<Cluster>(scale.Clusters);
        var startedAt = new Dictionary<Guid, DateTime>();
        for (var k = 0; k < scale.Clusters; k++)
        {
            var town = Towns[rng.Next(Towns.Length)];
            var mentor = NewSchool(rng, $"BJ-{k:D5}-0", town);
            schools.Add(mentor);
            Guid? hub = rng.NextDouble() < 0.1 ? null : hubs[Skewed(rng, hubs.Count)].Id;
            var formed = now.AddDays(-30 - rng.Next(700));
            var cluster = Cluster.Start(programme.Id, hub, mentor.Id, hub is null ? ClusterMode.BottomUp : ClusterMode.TopDown, 6, $"Cluster of {mentor.Name}");
            var mentees = 1 + Math.Min(5, (int)Math.Round(Math.Abs(Gaussian(rng)) * 2.2));
            for (var j = 1; j <= mentees; j++)
            {
                var mentee = NewSchool(rng, $"BJ-{k:D5}-{j}", town);
                schools.Add(mentee);
                cluster.Join(mentee.Id, formed.AddDays(rng.Next(20)), "benchmark");
            }
            if (rng.NextDouble() < 0.1)
            {
                var left = NewSchool(rng, $"BJ-{k:D5}-L", town);
                schools.Add(left);
                if (!cluster.HasRoom)
                {
                    cluster.SetCapacity(7);
                }
                cluster.Join(left.Id, formed.AddDays(5), "benchmark");
                cluster.Leave(left.Id, formed.AddDays(100 + rng.Next(200)), "moved to another programme");
            }
            clusters.Add(cluster);
            startedAt[cluster.Id] = formed;
        }
        await SaveAsync(services, schools);
        await SaveAsync(services, clusters);
        log($"  {scale.Hubs} hubs, {clusters.Count:N0} clusters, {schools.Count:N0} schools, {clusters.Sum(c => c.Members.Count):N0} memberships ({clock.Elapsed.TotalSeconds:F1} s)");

        // Journey tracks: one cluster in ten never moved (initiative, cycle 1, no row); the others stand
        // anywhere in cycles 1–3, reached through the moves a coordinator would have made.
        var tracks = new List<JourneyTrack>();
        foreach (var cluster in clusters)
        {
            if (rng.NextDouble() < 0.1)
            {
                continue;
            }
            var cycle = rng.NextDouble() switch { < 0.7 => 1, < 0.95 => 2, _ => 3 };
            var phase = Phases[rng.Next(Phases.Length)];
            var plan = new List<JourneyPhase>();
            for (var c = 1; c < cycle; c++)
            {
                plan.Add(JourneyPhase.Reflection);
                plan.Add(JourneyPhase.Initiative);
            }
            if (phase != JourneyPhase.Initiative || plan.Count == 0)
            {
                plan.Add(phase == JourneyPhase.Initiative ? JourneyPhase.AnchoringMeeting : phase);
            }
            var times = MoveTimes(rng, startedAt[cluster.Id], now, plan.Count + 1);
            var track = JourneyTrack.ForCluster(programme.Id, cluster.Id);
            for (var m = 0; m < plan.Count; m++)
            {
                track.MoveTo(plan[m], null, "Bench coordinator", times[m], m == plan.Count - 1 && rng.NextDouble() < 0.3 ? "Agreed at the hub meeting." : null);
            }
            tracks.Add(track);
            // A quarter of the moved clusters have schools going at their own pace.
            if (rng.NextDouble() < 0.25)
            {
                foreach (var school in cluster.CurrentMenteeIds.Where(_ => rng.NextDouble() < 0.5))
                {
                    var own = JourneyTrack.ForSchool(track, school);
                    var to = Phases[rng.Next(Phases.Length)];
                    if (to == own.Phase)
                    {
                        to = JourneyTrack.After(own.Cycle, own.Phase).Phase;
                    }
                    own.MoveTo(to, null, "Bench school coordinator", times[^1], null);
                    tracks.Add(own);
                }
            }
        }
        await SaveAsync(services, tracks);
        log($"  {tracks.Count:N0} journey tracks, {tracks.Sum(t => t.Moves.Count):N0} moves ({clock.Elapsed.TotalSeconds:F1} s)");

        // Activities: very uneven per cluster (log-normal weights); one cluster in twelve never logged
        // anything, a quarter of the others stopped 31–400 days ago, some planned ahead.
        var weights = clusters.Select(_ => rng.NextDouble() < 1.0 / 12 ? 0 : Math.Exp(Gaussian(rng) * 0.9)).ToArray();
        var total = weights.Sum();
        var counts = weights.Select(w => (int)Math.Floor(w / total * scale.Activities)).ToArray();
        for (var rest = scale.Activities - counts.Sum(); rest > 0; rest--)
        {
            var k = rng.Next(counts.Length);
            if (weights[k] > 0)
            {
                counts[k]++;
            }
            else
            {
                rest++;
            }
        }
        var pending = new List<object>(Chunk);
        var written = 0;
        for (var k = 0; k < clusters.Count; k++)
        {
            var cluster = clusters[k];
            var members = cluster.CurrentMembers.Select(m => m.SchoolId).ToList();
            var from = startedAt[cluster.Id];
            var until = rng.NextDouble() < 0.25 ? now.AddDays(-31 - rng.Next(370)) : now;
            if (until < from)
            {
                from = until.AddDays(-60);
            }
            var planned = until == now && rng.NextDouble() < 0.15;
            for (var a = 0; a < counts[k]; a++)
            {
                DateTime startsAt, loggedAt;
                if (planned && a == counts[k] - 1)
                {
                    startsAt = now.Date.AddDays(1 + rng.Next(60)).AddHours(9 + rng.Next(8));
                    loggedAt = now.AddDays(-rng.Next(20));
                }
                else
                {
                    startsAt = from.AddTicks((long)(rng.NextDouble() * (until - from).Ticks)).Date.AddHours(8 + rng.Next(10));
                    if (startsAt > now)
                    {
                        startsAt = now.AddHours(-1);
                    }
                    var logged = startsAt.AddHours(1 + rng.Next(96));
                    loggedAt = logged > now ? now : logged;
                }
                pending.Add(NewActivity(rng, cluster, members, startsAt, loggedAt));
                if (pending.Count == Chunk)
                {
                    await SaveAsync(services, pending);
                    written += pending.Count;
                    pending.Clear();
                }
            }
        }
        await SaveAsync(services, pending);
        written += pending.Count;
        log($"  {written:N0} activities with their host school as participant ({clock.Elapsed.TotalSeconds:F1} s)");

        // Self-assessment rounds in member schools: a few open (with live counts), more closed, some scheduled.
        var instrument = InstrumentCatalog.Find(InstrumentCatalog.DefaultSelfAssessmentId)!;
        var roundSchools = clusters.SelectMany(c => c.CurrentMembers.Select(m => m.SchoolId)).OrderBy(_ => rng.Next()).ToList();
        var rounds = new List<object>();
        var next = 0;
        for (var r = 0; r < scale.OpenRounds; r++)
        {
            var round = SurveyRound.Open(roundSchools[next++], programme.Id, instrument, now.AddDays(-1 - rng.Next(20)), now.AddDays(3 + rng.Next(30)));
            rounds.Add(round);
            foreach (var group in instrument.Groups)
            {
                var answered = group == RespondentGroups.Leaders ? rng.Next(0, 6) : rng.Next(0, group == RespondentGroups.Students ? 250 : 45);
                rounds.Add(new GroupAggregate(round.Id, group, answered, answered));
                if (r % 2 == 0)
                {
                    rounds.Add(new ExpectedRespondents { RoundId = round.Id, Group = group, Count = answered + rng.Next(1, 30) });
                }
            }
        }
        for (var r = 0; r < scale.ClosedRounds; r++)
        {
            var opens = now.AddDays(-60 - rng.Next(500));
            var round = SurveyRound.Open(roundSchools[next++], programme.Id, instrument, opens, opens.AddDays(14 + rng.Next(30)));
            rounds.Add(round);
            rounds.Add(new GroupAggregate(round.Id, RespondentGroups.Teachers, 20, 20));
        }
        for (var r = 0; r < scale.ScheduledRounds; r++)
        {
            var opens = now.AddDays(2 + rng.Next(30));
            rounds.Add(SurveyRound.Open(roundSchools[next++], programme.Id, instrument, opens, opens.AddDays(21)));
        }
        await SaveAsync(services, rounds);
        log($"  rounds: {scale.OpenRounds} open, {scale.ClosedRounds} closed, {scale.ScheduledRounds} scheduled ({clock.Elapsed.TotalSeconds:F1} s)");

        var coordinator = await AccountAsync(services, CoordinatorEmail, "Bench national coordinator", [(Role.NationalCoordinator, ScopeType.Programme, programme.Id.ToString())]);
        var hubCoordinator = await AccountAsync(services, HubCoordinatorEmail, "Bench hub coordinator",
            [(Role.HubCoordinator, ScopeType.Hub, hubs[0].Id.ToString()), (Role.HubCoordinator, ScopeType.Hub, hubs[1].Id.ToString())]);
        return new SeededProgramme(programme.Id, [.. hubs.OrderBy(h => h.Name, StringComparer.Ordinal).Select(h => h.Id)], coordinator, hubCoordinator);
    }

    private static School NewSchool(Random rng, string id, string town)
    {
        var level = (SchoolLevel)rng.Next(5);
        return School.From(new SchoolRecord(id, $"{Kinds[rng.Next(Kinds.Length)]} de {town} n.º {rng.Next(1, 400)}", "PT", "Portugal", town, level,
            80 + rng.Next(1500), 37 + rng.NextDouble() * 5, -9.5 + rng.NextDouble() * 3.3));
    }

    private static Activity NewActivity(Random rng, Cluster cluster, List<string> members, DateTime startsAt, DateTime loggedAt)
    {
        var host = members[rng.Next(members.Count)];
        var format = Formats[rng.Next(Formats.Length)];
        var details = new ActivityDetails(
            $"{format} at {host}", format, (ActivityMode)rng.Next(3), startsAt, 30 * (1 + rng.Next(8)), host,
            [new ParticipantCount(host, rng.Next(3), rng.Next(1, 25), rng.Next(40))],
            rng.NextDouble() < 0.1 ? new Money(50 + rng.Next(500), "EUR") : null, [], null, [], null, [], null);
        return Activity.Log(cluster.Id, cluster.ProgrammeId, details, null, loggedAt);
    }

    /// <summary><paramref name="count"/> increasing UTC times between <paramref name="from"/> and a day before <paramref name="until"/>.</summary>
    private static DateTime[] MoveTimes(Random rng, DateTime from, DateTime until, int count)
    {
        var span = (until.AddDays(-1) - from).Ticks;
        return [.. Enumerable.Range(0, count).Select(_ => from.AddTicks((long)(rng.NextDouble() * span))).Order()];
    }

    private static async Task<Guid> AccountAsync(IServiceProvider services, string email, string name, (Role Role, ScopeType Scope, string Id)[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Set<RoleAssignment>().AddRange(roles.Select(r => RoleAssignment.Create(user.Id, r.Role, r.Scope, r.Id)));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Chunks of <see cref="Chunk"/> entities, each through a fresh context (no growing change tracker) and one SaveChanges.</summary>
    private static async Task SaveAsync(IServiceProvider services, IEnumerable<object> entities)
    {
        foreach (var chunk in entities.Chunk(Chunk))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(chunk);
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Index 0 most likely: hubs of very different size.</summary>
    private static int Skewed(Random rng, int count) => Math.Min(count - 1, (int)(count * Math.Pow(rng.NextDouble(), 1.6)));

    private static double Gaussian(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
