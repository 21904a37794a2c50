using System.Net;
using System.Net.Sockets;

namespace MentorHub.Web.Platform.Web;

/// <summary>
/// The client as every limit sees it (survey rate limits, sign-in and reset throttling): its address,
/// taken from X-Forwarded-For only behind a known proxy; an IPv4 address mapped into IPv6 as IPv4; an
/// IPv6 client by its /64, since one host commonly holds a whole /64.
/// </summary>
internal static class ClientAddress
{
    public static string Key(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
