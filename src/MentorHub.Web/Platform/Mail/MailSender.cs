using System.Net.Mail;
using System.Text;

namespace MentorHub.Web.Platform.Mail;

public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>
/// Sends through SMTP when `Mail:Smtp:Host` is set; otherwise writes each message as an .eml file to
/// `Mail:PickupFolder`, so invitations and resets work on a machine without a mail server. The log
/// says only that a message was written and where: bodies carry reset codes and invitation links,
/// which must not reach log files or log collectors.
/// </summary>
internal sealed partial class MailSender(IConfiguration configuration, IHostEnvironment environment, ILogger<MailSender> logger) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken ct)
    {
        var from = configuration["Mail:From"] ?? "MentorHub <no-reply@mentorhub.example>";
        using var message = new MailMessage { From = new MailAddress(from), Subject = subject, Body = body, BodyEncoding = Encoding.UTF8, SubjectEncoding = Encoding.UTF8 };
        message.To.Add(to);
        var host = configuration["Mail:Smtp:Host"];
        using var client = new SmtpClient();
        if (!string.IsNullOrWhiteSpace(host))
        {
            client.Host = host;
            client.Port = configuration.GetValue("Mail:Smtp:Port", 587);
            client.EnableSsl = configuration.GetValue("Mail:Smtp:Ssl", true);
            var user = configuration["Mail:Smtp:User"];
            if (!string.IsNullOrEmpty(user))
            {
                client.Credentials = new System.Net.NetworkCredential(user, configuration["Mail:Smtp:Password"]);
            }
        }
        else
        {
            var folder = configuration["Mail:PickupFolder"] ?? "data/mail";
            if (!Path.IsPathRooted(folder))
            {
                folder = Path.Combine(environment.ContentRootPath, folder);
            }
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
            LogPickup(logger, subject, folder);
        }
        await client.SendMailAsync(message, ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A mail ({Subject}) was written to the pickup folder {Folder}; no SMTP server is configured")]
    private static partial void LogPickup(ILogger logger, string subject, string folder);
}
