using System.Net;
using System.Net.Sockets;

namespace GeoMap.Server.Fetching;

/// <summary>Which IP addresses are on the public internet: what a server may fetch from when private ones are not allowed.</summary>
public static class PublicAddresses
{
    /// <summary>
    /// Why <paramref name="address"/> is not public (loopback, private, link-local, shared, multicast, reserved,
    /// unspecified), or null when it is. IPv4 written as IPv6 (<c>::ffff:10.0.0.1</c>) is judged as IPv4.
    /// </summary>
    public static string? WhyNotPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return "a loopback address";
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return (b[0], b[1]) switch
            {
                (0, _) => "an unspecified address",
                (10, _) or (172, >= 16 and <= 31) or (192, 168) => "a private address",
                (100, >= 64 and <= 127) => "a shared (carrier-grade NAT) address",
                (169, 254) => "a link-local address",
                (192, 0) when b[2] == 0 => "a reserved address",
                (198, 18 or 19) => "a reserved (benchmarking) address",
                ( >= 224 and <= 239, _) => "a multicast address",
                ( >= 240, _) => "a reserved address",
                _ => null,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6Any))
            {
                return "an unspecified address";
            }

            var b = address.GetAddressBytes();
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
            {
                return "a link-local address";
            }

            if ((b[0] & 0xFE) == 0xFC)
            {
                return "a private (unique local) address";
            }

            if (address.IsIPv6Multicast)
            {
                return "a multicast address";
            }

            return null;
        }

        return "not an internet address";
    }
}
