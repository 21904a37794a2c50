namespace MentorHub.Web.Platform.Mail;

/// <summary>
/// Absolute links for mail (invitations, password resets). They are built only from the configured
/// `PublicUrl`, never from the request: a request's Host header is chosen by whoever sends it, and a
/// reset asked for with `Host: evil.example` would otherwise mail the code to that host.
/// </summary>
public interface IPublicLinks
{
    /// <param name="pathAndQuery">A local path starting with '/', with its query already escaped.</param>
    string To(string pathAndQuery);
}

internal sealed class PublicLinks(IConfiguration configuration, IHostEnvironment environment) : IPublicLinks
{
    /// <summary>The address links use in Development and Testing when `PublicUrl` is not set: the app's default address.</summary>
    public const string DevelopmentDefault = "http://localhost:5080";

    public string To(string pathAndQuery)
    {
        if (!pathAndQuery.StartsWith('/'))
        {
            throw new ArgumentException("A local path starting with '/' is expected.", nameof(pathAndQuery));
        }
        return BaseUrl().TrimEnd('/') + pathAndQuery;
    }

    private string BaseUrl()
    {
        var configured = configuration["PublicUrl"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
            {
                return DevelopmentDefault;
            }
            throw new InvalidOperationException(
                "PublicUrl is not configured: set it to the address people use to reach MentorHub (e.g. https://mentorhub.example.org) so mailed links point there.");
        }
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"PublicUrl must be an absolute http(s) address, not '{configured}'.");
        }
        return uri.GetLeftPart(UriPartial.Path);
    }
}
