using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace MentorHub.Web.Modules.People.Domain;

/// <summary>
/// One failed sign-in, kept for the throttling window. The e-mail is stored only as a hash (it may
/// be someone's typo, or no account at all); the client is its address, or its /64 network for IPv6,
/// where one host commonly holds a whole /64.
/// </summary>
internal sealed class SignInFailure
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string EmailHash { get; init; }
    public required string ClientAddress { get; init; }
    public DateTime OccurredAt { get; init; }

    public static string HashEmail(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));

    public static string Client(IPAddress? address) => Platform.Web.ClientAddress.Key(address);
}
