using System.Net;
using System.Text.Json;
using MentorHub.Tests.Infrastructure;
using MentorHub.Tests.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.SelfAssessment.Domain;
using MentorHub.Web.Modules.SelfAssessment.SubmitResponse;
using Microsoft.Extensions.DependencyInjection;

namespace MentorHub.Tests.Modules.SelfAssessment;

/// <summary>
/// The group-commit writer decides per response inside its batch: a new id in an open round is
/// stored and counted, a repeated id or a closed round is neither, whatever else shares the batch.
/// </summary>
[Trait("Category", Category.Integration)]
public sealed class SubmissionWriterTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Each_response_in_a_batch_gets_its_own_outcome_and_only_stored_ones_are_counted()
    {
        await Surveys.EnsureSmallInstrumentAsync(app);
        var coordinator = await app.SignedInAsync("coordinator@demo.example");
        var open = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[1], Surveys.SmallInstrument);
        var closed = await Surveys.OpenRoundAsync(coordinator, ProgramsDemo.SetubalMentees[2], Surveys.SmallInstrument);
        await (await coordinator.PostAsync($"/api/v1/rounds/{closed.GetProperty("id").GetString()}/close", null)).JsonAsync();
        var openId = open.GetProperty("id").GetString()!;
        var closedId = closed.GetProperty("id").GetString()!;

        var random = new Random(7);
        // Three of them all "don't know": stored and shown as submissions, never counted as respondents.
        var fresh = Enumerable.Range(0, 40).Select(_ => Pending(openId, random)).Concat(Enumerable.Range(0, 3).Select(_ => Blank(openId))).ToList();
        var repeats = fresh.Take(10).Select(p => p with { Response = Copy(p.Response) }).ToList();
        var late = Enumerable.Range(0, 10).Select(_ => Pending(closedId, random)).ToList();

        var writer = app.Factory.Services.GetRequiredService<SubmissionWriter>();
        var all = fresh.Concat(repeats).Concat(late).OrderBy(_ => random.Next()).ToList();
        var outcomes = await Task.WhenAll(all.Select(async p => (p, Stored: await writer.StoreAsync(p, CancellationToken.None))));

        Assert.All(outcomes.Where(o => o.p.Response.RoundId == closedId), o => Assert.False(o.Stored));
        // Each id of the open round is stored exactly once, by whichever copy came first.
        foreach (var id in fresh.Select(p => p.Response.SubmissionId))
        {
            Assert.Equal(1, outcomes.Count(o => o.p.Response.SubmissionId == id && o.Stored));
        }

        var expected = RoundAggregates.Accumulate(openId, "", TestInstruments.Small, fresh.Select(p => ("teachers", Answers(p))));
        var counts = (await (await coordinator.GetAsync($"/api/v1/rounds/{openId}")).JsonAsync()).GetProperty("groups").EnumerateArray();
        Assert.Equal(43, counts.Single(g => g.GetProperty("group").GetString() == "teachers").GetProperty("responses").GetInt32());
        await Surveys.CloseAsync(coordinator, open);
        var report = await (await coordinator.GetAsync($"/api/v1/rounds/{openId}/report")).JsonAsync();
        var teachers = report.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "teachers");
        var counted = expected.Groups.Single().CountedRespondents;
        Assert.InRange(counted, 38, 40);
        Assert.Equal(counted, teachers.GetProperty("respondents").GetInt32());
        foreach (var area in expected.Areas)
        {
            var shown = teachers.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("areaId").GetString() == area.AreaId);
            Assert.Equal(area.Answered, shown.GetProperty("answered").GetInt32());
            Assert.Equal(area.Mean!.Value, shown.GetProperty("mean").GetDouble(), 9);
        }
        var closedReport = await coordinator.GetAsync($"/api/v1/rounds/{closedId}");
        var closedGroups = (await closedReport.JsonAsync()).GetProperty("groups").EnumerateArray();
        Assert.All(closedGroups, g => Assert.Equal(0, g.GetProperty("responses").GetInt32()));
    }

    [Fact]
    public async Task A_writer_that_has_stopped_refuses_with_a_retryable_error_and_stores_nothing()
    {
        var services = app.Factory.Services;
        var writer = new SubmissionWriter(
            services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System,
            services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SubmissionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<MentorHub.Web.Platform.Errors.UnavailableException>(
            () => writer.StoreAsync(Pending("no-such-round", new Random(1)), CancellationToken.None));
        Assert.Contains("send the response again", refused.Message);
    }

    private static readonly string[] Items = ["a.t1", "a.t2", "b.t1"];

    private static PendingResponse Pending(string roundId, Random random)
    {
        var answers = Items.ToDictionary(i => i, i => random.Next(6) is var v && v == 0 ? (int?)null : v);
        return new PendingResponse(
            new SurveyResponse
            {
                SubmissionId = Guid.NewGuid(),
                RoundId = roundId,
                Group = "teachers",
                Language = "en",
                Answers = JsonSerializer.Serialize(answers),
                SubmittedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            },
            ResponseScorer.Score(TestInstruments.Small, "teachers", answers));
    }

    private static PendingResponse Blank(string roundId)
    {
        var answers = Items.ToDictionary(i => i, _ => (int?)null);
        return new PendingResponse(
            new SurveyResponse
            {
                SubmissionId = Guid.NewGuid(),
                RoundId = roundId,
                Group = "teachers",
                Language = "en",
                Answers = JsonSerializer.Serialize(answers),
                SubmittedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            },
            ResponseScorer.Score(TestInstruments.Small, "teachers", answers));
    }

    private static IReadOnlyDictionary<string, int?> Answers(PendingResponse p) =>
        JsonSerializer.Deserialize<Dictionary<string, int?>>(p.Response.Answers)!;

    private static SurveyResponse Copy(SurveyResponse r) => new()
    {
        SubmissionId = r.SubmissionId,
        RoundId = r.RoundId,
        Group = r.Group,
        Language = r.Language,
        Answers = r.Answers,
        SubmittedOn = r.SubmittedOn,
    };
}
