namespace Hexagon.Domain.Catalog;

/// <summary>
/// The points whose great-circle distance from <see cref="Centre"/> is between <see cref="InnerMeters"/> and
/// <see cref="OuterMeters"/> (a disc when the inner radius is 0), on the sphere of
/// <see cref="GeoPoint.MeanEarthRadiusMeters"/>. The store list reads one ring at a time, nearest first, so a page
/// computes the exact distance of the stores near its own rows instead of every store in the search radius.
/// </summary>
public readonly record struct GeoRing(GeoPoint Centre, double InnerMeters, double OuterMeters)
{
    private const double AdmitsEverything = 1e9; // degrees², more than any Δlat² + Δlng² on the globe

    private const double Margin = 1e-6; // degrees, about 0.1 m: floating-point noise must never exclude a store

    /// <summary>
    /// Band spans whose union contains every point of the ring; they may also hold points outside it (the exact
    /// distance filters those), but never leave one out. Per band, the circle's half-width in longitude follows from
    /// haversine: hav(d) = hav(Δlat) + cos(lat0)·cos(lat)·hav(Δlng). The outer half-width is bounded from above (the
    /// band's latitude nearest the centre, its smallest cosine), the inner one from below (farthest latitude, largest
    /// cosine), so a span may only be too wide. Like <see cref="GeoPoint.BoundingBox"/>, longitudes are clamped to
    /// -180..180, not wrapped across the antimeridian.
    /// </summary>
    public IReadOnlyList<BandSpan> Cover()
    {
        var spans = new List<BandSpan>();
        if (InnerMeters > OuterMeters)
        {
            return spans;
        }

        var outerAngle = OuterMeters / GeoPoint.MeanEarthRadiusMeters;
        var innerAngle = Math.Max(0, InnerMeters) / GeoPoint.MeanEarthRadiusMeters;
        var lat0 = Radians(Centre.Latitude);
        var cosLat0 = Math.Cos(lat0);
        var reach = Degrees(outerAngle) + Margin;
        var first = LatitudeBand.Of(Math.Max(-90, Centre.Latitude - reach));
        var last = LatitudeBand.Of(Math.Min(90, Centre.Latitude + reach));
        for (var band = first; band <= last; band++)
        {
            var south = Radians(LatitudeBand.South(band) - Margin);
            var north = Radians(LatitudeBand.North(band) + Margin);
            var nearest = lat0 >= south && lat0 <= north ? 0 : Math.Min(Math.Abs(south - lat0), Math.Abs(north - lat0));
            var farthest = Math.Max(Math.Abs(south - lat0), Math.Abs(north - lat0));
            var smallestCos = Math.Max(0, Math.Min(Math.Cos(south), Math.Cos(north)));
            var largestCos = south <= 0 && north >= 0 ? 1 : Math.Max(Math.Cos(south), Math.Cos(north));
            var outer = HalfWidth(Hav(outerAngle) - Hav(nearest), cosLat0 * smallestCos);
            if (outer is null)
            {
                continue; // no point of this band is within the outer radius
            }

            var inner = innerAngle > 0 ? HalfWidth(Hav(innerAngle) - Hav(farthest), cosLat0 * largestCos) : null;
            var outerDegrees = Degrees(outer.Value) + Margin;
            var innerDegrees = inner is null ? 0 : Degrees(inner.Value) - Margin;
            if (innerDegrees <= 0)
            {
                spans.Add(Span(band, Centre.Longitude - outerDegrees, Centre.Longitude + outerDegrees));
            }
            else if (innerDegrees < outerDegrees)
            {
                spans.Add(Span(band, Centre.Longitude - outerDegrees, Centre.Longitude - innerDegrees));
                spans.Add(Span(band, Centre.Longitude + innerDegrees, Centre.Longitude + outerDegrees));
            }
        }

        return spans.Where(span => span.MinLongitude <= span.MaxLongitude).ToList();
    }

    /// <summary>
    /// Tests without trigonometry per point, on Δlat and Δlng in degrees, for the database to run on index entries
    /// before it computes any exact distance. With hav(d) = hav(Δlat) + cos(lat0)·cos(lat)·hav(Δlng) and
    /// x²/4·(1 − x²/12) ≤ hav(x) ≤ x²/4: a point with Δlat² + InnerWeight·Δlng² &lt; InnerSquare is strictly inside the
    /// inner radius (InnerWeight bounds cos(lat0)·cos(lat) from above), and every point within the outer radius has
    /// Δlat² + OuterWeight·Δlng² ≤ OuterSquare (OuterWeight bounds it from below, the square allows for x²/12). Valid
    /// for points in <see cref="Cover"/>'s latitudes; near a pole the outer test admits everything.
    /// </summary>
    public PlanarRingTest PlanarTest()
    {
        var degree = Math.PI / 180;
        var outerAngle = OuterMeters / GeoPoint.MeanEarthRadiusMeters;
        var innerAngle = Math.Max(0, InnerMeters) / GeoPoint.MeanEarthRadiusMeters;
        var reach = Degrees(outerAngle) + (2d / LatitudeBand.PerDegree);
        var south = Math.Max(-90, Centre.Latitude - reach) * degree;
        var north = Math.Min(90, Centre.Latitude + reach) * degree;
        var cosLat0 = Math.Cos(Centre.Latitude * degree);
        var largestCos = south <= 0 && north >= 0 ? 1 : Math.Max(Math.Cos(south), Math.Cos(north));
        var smallestCos = Math.Max(0, Math.Min(Math.Cos(south), Math.Cos(north)));
        var innerSquare = InnerMeters > 0 ? 4 * Hav(innerAngle) / (degree * degree) : 0;
        var widest = HalfWidth(Hav(outerAngle), cosLat0 * smallestCos) ?? 0;
        var x = Math.Max(outerAngle, widest);
        var polar = widest >= Math.PI / 4 || smallestCos <= 0;
        var outerSquare = polar ? AdmitsEverything : 4 * Hav(outerAngle) / (1 - (x * x / 12)) / (degree * degree);
        return new PlanarRingTest(cosLat0 * largestCos, innerSquare, polar ? 0 : cosLat0 * smallestCos, outerSquare);
    }

    // The longitude half-width (radians) where hav(Δlng) = numerator / cosines; null when the numerator is negative
    // (the band lies beyond the circle), π when the circle spans every longitude (cosines near zero, at a pole).
    private static double? HalfWidth(double numerator, double cosines)
    {
        if (numerator < 0)
        {
            return null;
        }

        var hav = cosines <= 0 ? double.PositiveInfinity : numerator / cosines;
        return hav >= 1 ? Math.PI : 2 * Math.Asin(Math.Sqrt(hav));
    }

    private static BandSpan Span(int band, double min, double max) => new(band, Math.Max(-180, min), Math.Min(180, max));

    private static double Hav(double angle) => Math.Pow(Math.Sin(angle / 2), 2);

    private static double Radians(double degrees) => degrees * Math.PI / 180d;

    private static double Degrees(double radians) => radians * 180d / Math.PI;
}
