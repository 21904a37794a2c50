using MentorHub.Web.Modules.SelfAssessment.AnswerSurvey;
using MentorHub.Web.Modules.SelfAssessment.Api;
using MentorHub.Web.Modules.SelfAssessment.ManageInstruments;
using MentorHub.Web.Modules.SelfAssessment.ManageRounds;
using MentorHub.Web.Modules.SelfAssessment.OpenRound;
using MentorHub.Web.Modules.SelfAssessment.ReadSchoolReport;
using MentorHub.Web.Modules.SelfAssessment.SubmitResponse;
using MentorHub.Web.Platform.Data;
using MentorHub.Web.Platform.Demo;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorHub.Web.Modules.SelfAssessment;

internal static class SelfAssessmentModule
{
    public static IServiceCollection AddSelfAssessmentModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddScoped<InstrumentStore>();
        services.AddScoped<IReferenceDataContributor, BuiltInInstruments>();
        services.AddScoped<RoundAccess>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, RoundAuthorizationHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, SharedReportAuthorizationHandler>();
        services.AddScoped<ReportShares>();
        services.AddScoped<ShareReports.ShareReportHandler>();
        services.AddScoped<ShareReports.ClusterNeedsReader>();
        services.AddScoped<OpenRoundHandler>();
        services.AddScoped<RoundsHandler>();
        services.AddScoped<SurveyLinks>();
        services.AddScoped<SubmitResponseHandler>();
        services.AddScoped<Platform.Web.IStartLinkSource, SchoolStartLinks>();
        services.AddSingleton<SubmissionWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SubmissionWriter>());
        services.AddScoped<SchoolReportReader>();
        // Registered after the Clusters module, so the optimiser reads needs from the surveys.
        services.AddScoped<Clusters.Api.ISchoolNeedsSource, ProvideSchoolNeeds.SchoolNeedsFromSurveys>();
        services.AddScoped<ISchoolNeeds, ProvideSchoolNeeds.SchoolNeedsFromSurveys>();
        services.AddScoped<IRoundProgress, ProvideSchoolNeeds.RoundProgressReader>();
        services.AddScoped<Journey.Api.IJourneyEvidenceSource, ProvideSchoolNeeds.RoundEvidence>();
        services.AddScoped<RecordSelfie.SelfieHandler>();
        services.AddScoped<CompareSchools.ComparisonScope>();
        services.AddScoped<CompareSchools.SchoolComparison>();
        services.AddScoped<CompareSchools.ProgrammeChangeReader>();
        services.AddScoped<ISurveyResults, SurveyResults>();
        services.AddScoped<IDemoContributor, SelfAssessmentDemo>();

        // Anonymous links are public by design: budgets per client address and per link (SurveyRateLimits).
        services.AddRateLimiter(SurveyRateLimits.From(configuration).Configure);
        return services;
    }

    public static RouteGroupBuilder MapSelfAssessmentModule(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("").WithTags("Self-assessment");
        InstrumentsEndpoints.Map(group);
        OpenRoundEndpoint.Map(group);
        RoundsEndpoints.Map(group);
        SurveyEndpoints.Map(group);
        SubmitResponseEndpoint.Map(group);
        ReportEndpoint.Map(group);
        ReportExport.Map(group);
        ShareReports.ShareReportEndpoints.Map(group);
        ShareReports.ClusterNeedsEndpoint.Map(group);
        RecordSelfie.SelfieEndpoints.Map(group);
        CompareSchools.ComparisonExport.Map(group);
        return api;
    }
}
