using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Planning.Demo;

internal sealed class PlanningDemo : IDemoContributor
{
    public int Order => 80;

    public Task SeedAsync(DemoContext demo, CancellationToken ct) => Task.CompletedTask;
}
