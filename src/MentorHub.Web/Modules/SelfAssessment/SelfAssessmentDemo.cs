using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.SelfAssessment;

internal sealed class SelfAssessmentDemo : IDemoContributor
{
    public int Order => 40;

    public Task SeedAsync(DemoContext demo, CancellationToken ct) => Task.CompletedTask;
}
