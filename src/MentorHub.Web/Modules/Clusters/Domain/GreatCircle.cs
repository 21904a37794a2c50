using MentorHub.Web.Modules.Schools.Api;

namespace MentorHub.Web.Modules.Clusters.Domain;

internal static class GreatCircle
{
    /// <summary>IUGG mean Earth radius, the figure the API contract fixes.</summary>
    public const double EarthRadiusKm = 6371.0088;

    private const double DegToRad = Math.PI / 180.0;

    /// <summary>The distance between two schools; null when either is unknown or has no position.</summary>
    public static double? DistanceKm(SchoolSummary? a, SchoolSummary? b) =>
        a is { Latitude: { } la, Longitude: { } loa } && b is { Latitude: { } lb, Longitude: { } lob } ? DistanceKm(la, loa, lb, lob) : null;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        double phi1 = lat1 * DegToRad, phi2 = lat2 * DegToRad;
        double dPhi = phi2 - phi1, dLambda = (lon2 - lon1) * DegToRad;
        double sinPhi = Math.Sin(dPhi / 2), sinLambda = Math.Sin(dLambda / 2);
        double h = sinPhi * sinPhi + Math.Cos(phi1) * Math.Cos(phi2) * sinLambda * sinLambda;
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1.0, h)));
    }

    /// <summary>
    /// A distance no pair can undercut when its latitudes differ by at least <paramref name="dLatDeg"/>
    /// or its longitudes by at least <paramref name="dLonDeg"/> and no point lies beyond
    /// |latitude| = <paramref name="maxAbsLatDeg"/>. From the haversine identity
    /// hav(d/R) = hav(Δφ) + cosφ1·cosφ2·hav(Δλ): both terms are ≥ 0 and cosφ ≥ cos(maxAbsLat).
    /// The small shrink keeps the bound safe against rounding in <see cref="DistanceKm"/>.
    /// </summary>
    public static double LowerBoundKm(double dLatDeg, double dLonDeg, double maxAbsLatDeg)
    {
        double byLat = dLatDeg <= 0 ? 0 : EarthRadiusKm * Math.Min(Math.PI, dLatDeg * DegToRad);
        double byLon = 0;
        if (dLonDeg > 0)
        {
            double half = Math.Min(Math.PI, dLonDeg * DegToRad) / 2;
            double s = Math.Cos(maxAbsLatDeg * DegToRad) * Math.Sin(half);
            byLon = 2 * EarthRadiusKm * Math.Asin(Math.Clamp(s, 0, 1));
        }
        return Math.Max(byLat, byLon) * (1 - 1e-9) - 1e-9;
    }
}
