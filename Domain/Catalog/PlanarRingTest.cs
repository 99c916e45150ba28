namespace Hexagon.Domain.Catalog;

/// <summary>
/// See <see cref="GeoRing.PlanarTest"/>: a point is certainly inside the inner radius when
/// Δlat² + InnerWeight·Δlng² &lt; InnerSquare, and can only be within the outer radius when
/// Δlat² + OuterWeight·Δlng² ≤ OuterSquare (Δ in degrees from the ring's centre).
/// </summary>
public readonly record struct PlanarRingTest(double InnerWeight, double InnerSquare, double OuterWeight, double OuterSquare)
{
    public bool CertainlyInside(double deltaLatitude, double deltaLongitude) =>
        (deltaLatitude * deltaLatitude) + (InnerWeight * deltaLongitude * deltaLongitude) < InnerSquare;

    public bool PossiblyWithin(double deltaLatitude, double deltaLongitude) =>
        (deltaLatitude * deltaLatitude) + (OuterWeight * deltaLongitude * deltaLongitude) <= OuterSquare;
}
