using MentorHub.Web.Platform.Demo;

namespace MentorHub.Web.Modules.Activities.Demo;

internal sealed class ActivitiesDemo : IDemoContributor
{
    public int Order => 90;

    public Task SeedAsync(DemoContext demo, CancellationToken ct) => Task.CompletedTask;
}
