namespace Hexagon.Domain.Catalog;

/// <summary>
/// A 0.001° slice of latitude (about 111 m): stores.latitude_band = FLOOR(latitude × 1000), migration 0007. With the
/// band as the first part of an index and the longitude as the second, a set of (band, longitude range) pairs is a set
/// of exact index ranges, which a latitude/longitude box on one (latitude, longitude) index cannot be.
/// </summary>
public static class LatitudeBand
{
    /// <summary>Must equal the factor in migration 0007's generated column.</summary>
    public const int PerDegree = 1000;

    public static int Of(double latitude) => (int)Math.Floor(latitude * PerDegree);

    public static double South(int band) => (double)band / PerDegree;

    public static double North(int band) => (double)(band + 1) / PerDegree;
}
