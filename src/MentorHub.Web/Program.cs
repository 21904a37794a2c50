using MentorHub.Web.Modules.Activities;
using MentorHub.Web.Modules.Clusters;
using MentorHub.Web.Modules.Evaluation;
using MentorHub.Web.Modules.Journey;
using MentorHub.Web.Modules.Planning;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.People;
using MentorHub.Web.Modules.Schools;
using MentorHub.Web.Modules.SelfAssessment;
using MentorHub.Web.Modules.Toolbox;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Hosting;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;

var builder = WebApplication.CreateBuilder(args);

builder.UseShippedSettingsWhenStartedElsewhere();
builder.UseShippedStaticAssets();

// Platform: plumbing every module relies on.
builder.Services
    .AddPlatformData(builder.Configuration, builder.Environment)
    .AddPlatformSecurity()
    .AddPlatformLocalisation()
    .AddPlatformWeb(builder.Configuration);

// Modules: each registers itself in one place.
builder.Services
    .AddProgramsModule()
    .AddSchoolsModule()
    .AddPeopleModule()
    .AddClustersModule()
    .AddSelfAssessmentModule(builder.Configuration)
    .AddEvaluationModule()
    .AddJourneyModule()
    .AddPlanningModule()
    .AddToolboxModule()
    .AddActivitiesModule();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.MigrateDatabaseAsync();
    return;
}

app.UsePlatformWeb();

var api = app.MapGroup("/api/v1").WithRequestValidation().RequireAuthorization(Policies.SignedIn);
api.MapProgramsModule();
api.MapSchoolsModule();
api.MapPeopleModule();
api.MapClustersModule();
api.MapSelfAssessmentModule();
api.MapEvaluationModule();
api.MapJourneyModule();
api.MapPlanningModule();
api.MapToolboxModule();
api.MapActivitiesModule();
app.MapPeoplePages();

app.MapPlatformPages();

await app.PrepareDatabaseAsync();
app.Run();

/// <summary>The web application's entry point; public so integration tests can host it.</summary>
public partial class Program;
