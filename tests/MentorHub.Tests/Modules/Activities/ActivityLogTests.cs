using MentorHub.Tests.Infrastructure;
using MentorHub.Web.Modules.Activities;
using MentorHub.Web.Modules.Activities.Domain;
using MentorHub.Web.Modules.Journey.Api;
using MentorHub.Web.Platform.Data;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.Activities;

/// <summary>What other modules read of the activity log, on the real database: when each cluster was last active, how often each method was used, the journey's evidence.</summary>
[Trait("Category", Category.Integration)]
public sealed class ActivityLogTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly DateTime Now = new(2030, 2, 1, 12, 0, 0, DateTimeKind.Utc);

    private sealed class FixedTime(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now);
    }

    private static Activity Logged(Guid cluster, Guid programme, DateTime startsAt, DateTime loggedAt, string format = "workshop", string? method = null, string title = "Activity") =>
        Activity.Log(cluster, programme, new ActivityDetails(title, format, ActivityMode.Online, startsAt, 60, "PT-100", [], null, [], method, [], null, [], null), null, loggedAt);

    private static DateTime At(int month, int day) => new(2030, month, day, 9, 0, 0, DateTimeKind.Utc);

    private async Task SaveAsync(params object[] rows)
    {
        using var scope = app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        using var scope = app.Factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    [Fact]
    public async Task A_cluster_was_last_active_when_its_latest_activity_took_place_or_was_logged_whichever_is_later()
    {
        var programme = Guid.NewGuid();
        var (loggedAfter, plannedAhead, withFuture, quiet) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await SaveAsync(
            // Took place on 10 January, logged two days later: the logging is the latest sign of life.
            Logged(loggedAfter, programme, At(1, 10), At(1, 12)),
            // Logged on 2 January, took place on 20 January.
            Logged(plannedAhead, programme, At(1, 20), At(1, 2)),
            // A planned activity has not taken place: until it starts only its logging counts.
            Logged(withFuture, programme, At(3, 1), At(1, 5)),
            Logged(withFuture, programme, At(1, 3), At(1, 1)));

        var last = await WithDbAsync(db => new ActivityLog(db, new FixedTime(Now)).LastLoggedAsync([loggedAfter, plannedAhead, withFuture, quiet, loggedAfter], CancellationToken.None));

        Assert.Equal(3, last.Count);
        Assert.Equal(At(1, 12), last[loggedAfter].ToUniversalTime());
        Assert.Equal(At(1, 20), last[plannedAhead].ToUniversalTime());
        Assert.Equal(At(1, 5), last[withFuture].ToUniversalTime());
        Assert.False(last.ContainsKey(quiet));
        Assert.Empty(await WithDbAsync(db => new ActivityLog(db, new FixedTime(Now)).LastLoggedAsync([], CancellationToken.None)));

        // Once the planned day has come, it counts.
        var later = await WithDbAsync(db => new ActivityLog(db, new FixedTime(At(3, 2))).LastLoggedAsync([withFuture], CancellationToken.None));
        Assert.Equal(At(3, 1), later[withFuture].ToUniversalTime());
    }

    [Fact]
    public async Task Method_use_counts_activities_and_clusters_per_method_or_format_most_used_first()
    {
        var (programme, other) = (Guid.NewGuid(), Guid.NewGuid());
        var (x, y, z) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await SaveAsync(
            Logged(x, programme, At(1, 10), At(1, 10), method: "lesson-study"),
            Logged(x, programme, At(1, 11), At(1, 11), method: "lesson-study"),
            Logged(y, programme, At(1, 12), At(1, 12), method: "lesson-study"),
            Logged(y, programme, At(1, 13), At(1, 13), format: "webinar"),
            Logged(z, programme, At(1, 14), At(1, 14), method: "learning-walk"),
            Logged(z, other, At(1, 14), At(1, 14), method: "lesson-study"));

        var uses = await WithDbAsync(db => new ActivityLog(db, new FixedTime(Now)).MethodUseAsync(programme, CancellationToken.None));

        Assert.Equal(["lesson-study", "learning-walk", "webinar"], uses.Select(u => u.MethodId));
        Assert.Equal([3, 1, 1], uses.Select(u => u.Activities));
        Assert.Equal(new[] { x, y }.Order(), uses[0].ClusterIds.Order());
        Assert.Equal([z], uses[1].ClusterIds);
        Assert.Equal([y], uses[2].ClusterIds);
        Assert.Empty(await WithDbAsync(db => new ActivityLog(db, new FixedTime(Now)).MethodUseAsync(Guid.NewGuid(), CancellationToken.None)));
    }

    [Fact]
    public async Task Activities_and_reflections_are_evidence_of_the_journey_s_phases_by_title_only_in_date_order()
    {
        var (programme, cluster) = (Guid.NewGuid(), Guid.NewGuid());
        var planning = Logged(cluster, programme, At(1, 10), At(1, 10), format: "planning-meeting", title: "Planning the year");
        var visit = Logged(cluster, programme, At(1, 20), At(1, 20), format: "school-visit", title: "Visit to Talaíde");
        var onVisit = new Reflection { ClusterId = cluster, SchoolId = "PT-200", ActivityId = visit.Id };
        onVisit.Write("Secret details stay out of the journey", null, null, null, null, At(1, 21));
        var onTerm = new Reflection { ClusterId = cluster, SchoolId = "PT-200", TermStart = new DateOnly(2030, 1, 1) };
        onTerm.Write("Term", null, null, null, null, At(3, 31));
        var otherSchool = new Reflection { ClusterId = cluster, SchoolId = "PT-999", TermStart = new DateOnly(2030, 1, 1) };
        otherSchool.Write("Not a member", null, null, null, null, At(1, 15));
        await SaveAsync(planning, visit, onVisit, onTerm, otherSchool);

        var evidence = await WithDbAsync(db => new ActivityEvidence(db, new Localizer<ActivityEvidence>()).EvidenceAsync(programme, cluster, ["PT-100", "PT-200"], CancellationToken.None));

        Assert.Equal(
            [
                (JourneyPhase.JointPlanning, (string?)null, "activity", "Planning the year"),
                (JourneyPhase.AcquiringNewPerspectives, null, "activity", "Visit to Talaíde"),
                (JourneyPhase.Reflection, "PT-200", "reflection", "Visit to Talaíde"),
                (JourneyPhase.Reflection, "PT-200", "reflection", "Winter term 2030 (January–March)"),
            ],
            evidence.Select(e => (e.Phase, e.SchoolId, e.Kind, e.Title)));
        Assert.Equal($"/clusters/{cluster}/activities/{visit.Id}", evidence[1].Path);
        Assert.Equal($"/clusters/{cluster}/reflections?term=2030-01-01", evidence[2].Path);
        Assert.Equal($"/clusters/{cluster}/reflections?term=2030-01-01", evidence[3].Path);
        Assert.DoesNotContain(evidence, e => e.Title.Contains("Secret", StringComparison.Ordinal));
    }
}

/// <summary>The app's catalogue behind the typed localizer a class asks for.</summary>
internal sealed class Localizer<T> : Microsoft.Extensions.Localization.IStringLocalizer<T>
{
    private readonly MentorHub.Web.Platform.Localisation.JsonStringLocalizer inner = new(MentorHub.Web.Platform.Localisation.TextCatalog.Shared);

    public Microsoft.Extensions.Localization.LocalizedString this[string name] => inner[name];

    public Microsoft.Extensions.Localization.LocalizedString this[string name, params object[] arguments] => inner[name, arguments];

    public IEnumerable<Microsoft.Extensions.Localization.LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
