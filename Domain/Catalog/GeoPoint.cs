namespace Hexagon.Domain.Catalog;

/// <summary>A WGS84 position in degrees; only valid coordinates can be built.</summary>
public readonly record struct GeoPoint
{
    /// <summary>The sphere distances are measured on (IUGG mean radius); the SQL distance uses the same one.</summary>
    public const double MeanEarthRadiusMeters = 6_371_008.8;

    private GeoPoint(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public static bool IsValidLatitude(double latitude) => double.IsFinite(latitude) && latitude is >= -90 and <= 90;

    public static bool IsValidLongitude(double longitude) => double.IsFinite(longitude) && longitude is >= -180 and <= 180;

    public static GeoPoint Create(double latitude, double longitude) =>
        IsValidLatitude(latitude) && IsValidLongitude(longitude)
            ? new GeoPoint(latitude, longitude)
            : throw new ArgumentOutOfRangeException(nameof(latitude), $"({latitude}, {longitude}) is not a WGS84 position.");

    /// <summary>
    /// A latitude/longitude box that contains every point within <paramref name="radiusMeters"/> on the same sphere:
    /// a cheap, indexable prefilter before the exact distance. The longitude span is the circle's widest one
    /// (asin(sin(r/R) / cos(lat))), which lies slightly poleward of the centre; near a pole it covers every longitude.
    /// The box does not wrap around the antimeridian (it is clamped to -180..180).
    /// </summary>
    public GeoBox BoundingBox(int radiusMeters)
    {
        const double margin = 1e-6; // degrees, about 0.1 m: absorbs floating-point noise, never excludes a store
        var angle = radiusMeters / MeanEarthRadiusMeters;
        var deltaLatitude = Degrees(angle) + margin;
        var cosine = Math.Cos(Radians(Latitude));
        var deltaLongitude = Math.Sin(angle) < cosine ? Degrees(Math.Asin(Math.Sin(angle) / cosine)) + margin : 360d;
        return new GeoBox(
            Math.Max(-90d, Latitude - deltaLatitude),
            Math.Min(90d, Latitude + deltaLatitude),
            Math.Max(-180d, Longitude - deltaLongitude),
            Math.Min(180d, Longitude + deltaLongitude));
    }

    /// <summary>The great-circle (haversine) distance in metres on the same sphere, the formula the list query runs in SQL.</summary>
    public double DistanceMeters(GeoPoint other)
    {
        var hav = Math.Pow(Math.Sin(Radians(other.Latitude - Latitude) / 2), 2)
            + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(Radians(other.Longitude - Longitude) / 2), 2));
        return 2 * MeanEarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(hav)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180d;

    private static double Degrees(double radians) => radians * 180d / Math.PI;
}
