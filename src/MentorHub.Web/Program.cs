using MentorHub.Web.Modules.Clusters;
using MentorHub.Web.Modules.Evaluation;
using MentorHub.Web.Modules.Programs;
using MentorHub.Web.Modules.People;
using MentorHub.Web.Modules.Schools;
using MentorHub.Web.Modules.SelfAssessment;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Hosting;
using MentorHub.Web.Platform.Localisation;
using MentorHub.Web.Platform.Security;
using MentorHub.Web.Platform.Web;

var builder = WebApplication.CreateBuilder(args);

// Started from another folder (`dotnet path/to/MentorHub.Web.dll`), the content root holds no
// appsettings.json and the host would fall back to logging every request and SQL command at
// Information on the console. The shipped settings next to the binary then apply, with the lowest
// precedence: environment variables and the command line still override them.
if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
{
    var files = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(AppContext.BaseDirectory);
    var shipped = new ConfigurationBuilder()
        .AddJsonFile(files, "appsettings.json", optional: true, reloadOnChange: false)
        .AddJsonFile(files, $"appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false)
        .Sources;
    for (var i = shipped.Count - 1; i >= 0; i--)
    {
        builder.Configuration.Sources.Insert(0, shipped[i]);
    }
}

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
    .AddEvaluationModule();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.MigrateDatabaseAsync();
    return;
}

app.UsePlatformWeb();

var api = app.MapGroup("/api/v1").WithRequestValidation();
api.MapProgramsModule();
api.MapSchoolsModule();
api.MapPeopleModule();
api.MapClustersModule();
api.MapSelfAssessmentModule();
api.MapEvaluationModule();
app.MapPeoplePages();

app.MapPlatformPages();

await app.PrepareDatabaseAsync();
app.Run();

/// <summary>The web application's entry point; public so integration tests can host it.</summary>
public partial class Program;
