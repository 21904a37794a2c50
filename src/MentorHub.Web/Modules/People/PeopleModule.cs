using MentorHub.Web.Modules.People.InvitePeople;
using MentorHub.Web.Modules.People.SignIn;
using MentorHub.Web.Platform.Demo;
using MentorHub.Web.Platform.Mail;

namespace MentorHub.Web.Modules.People;

internal static class PeopleModule
{
    public static IServiceCollection AddPeopleModule(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IMailSender, MailSender>();
        services.AddSingleton<IPublicLinks, PublicLinks>();
        services.AddScoped<InvitationsHandler>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<SignInHandler>();
        services.AddScoped<IDemoContributor, PeopleDemo>();
        return services;
    }

    public static RouteGroupBuilder MapPeopleModule(this RouteGroupBuilder api)
    {
        SignInEndpoints.Map(api);
        InvitationsEndpoints.Map(api);
        return api;
    }

    public static IEndpointRouteBuilder MapPeoplePages(this IEndpointRouteBuilder app)
    {
        SignInEndpoints.MapPages(app);
        return app;
    }
}
