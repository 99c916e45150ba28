using Hexagon.Domain.Catalog;

namespace Hexagon.Domain.Tests.Catalog;

public sealed class GeoRingTests
{
    // A store the cover leaves out is never listed, so the cover must contain every point of the ring: checked here
    // against the exact distance for random points around centres from the equator to near a pole.
    [TestCase(37.5665, 126.978, 0, 250)]
    [TestCase(37.5665, 126.978, 1_581, 1_700)]
    [TestCase(37.5665, 126.978, 3_990, 4_001)]
    [TestCase(0.001, 10.0, 500, 4_000)]
    [TestCase(-33.87, 151.21, 2_000, 2_600)]
    [TestCase(64.1, -21.9, 100, 4_000)]
    [TestCase(89.99, 0.0, 0, 4_000)]
    public void Every_point_of_the_ring_lies_in_a_span_of_its_latitude_band(double latitude, double longitude, double inner, double outer)
    {
        var centre = GeoPoint.Create(latitude, longitude);
        var spans = new GeoRing(centre, inner, outer).Cover();
        var random = new Random(7);
        var checkedPoints = 0;
        for (var attempt = 0; attempt < 200_000; attempt++)
        {
            var point = GeoPoint.Create(
                Math.Clamp(latitude + ((random.NextDouble() - 0.5) * 0.1), -90, 90),
                Math.Clamp(longitude + ((random.NextDouble() - 0.5) * (latitude > 89 ? 360 : 0.2)), -180, 180));
            var distance = centre.DistanceMeters(point);
            if (distance < inner || distance > outer)
            {
                continue;
            }

            checkedPoints++;
            var band = LatitudeBand.Of(point.Latitude);
            Assert.That(
                spans.Any(span => span.Band == band && point.Longitude >= span.MinLongitude && point.Longitude <= span.MaxLongitude),
                $"({point.Latitude}, {point.Longitude}) at {distance:F3} m is not covered");
        }

        Assert.That(checkedPoints, Is.GreaterThan(100));
    }

    [TestCase(37.5665, 126.978, 1_581, 1_700)]
    [TestCase(37.5665, 126.978, 0, 4_001)]
    [TestCase(-0.01, 10.0, 3_000, 4_001)]
    [TestCase(70.5, 25.0, 999, 1_001)]
    public void The_planar_tests_never_drop_a_point_of_the_ring(double latitude, double longitude, double inner, double outer)
    {
        var centre = GeoPoint.Create(latitude, longitude);
        var test = new GeoRing(centre, inner, outer).PlanarTest();
        var random = new Random(3);
        var (inside, within) = (0, 0);
        for (var attempt = 0; attempt < 200_000; attempt++)
        {
            var point = GeoPoint.Create(latitude + ((random.NextDouble() - 0.5) * 0.08), longitude + ((random.NextDouble() - 0.5) * 0.2));
            var distance = centre.DistanceMeters(point);
            var (deltaLatitude, deltaLongitude) = (point.Latitude - latitude, point.Longitude - longitude);
            if (test.CertainlyInside(deltaLatitude, deltaLongitude))
            {
                inside++;
                Assert.That(distance, Is.LessThan(inner), "called inside");
            }

            if (distance <= outer)
            {
                within++;
                Assert.That(test.PossiblyWithin(deltaLatitude, deltaLongitude), $"({point.Latitude}, {point.Longitude}) at {distance:F3} m dropped");
            }
        }

        Assert.That(within, Is.GreaterThan(100));
        Assert.That(inside, inner > 0 ? Is.GreaterThan(0) : Is.Zero);
    }

    [Test]
    public void The_planar_tests_are_tight_at_city_scale()
    {
        // Around City Hall the tests' circles are within a metre of the exact ones, so almost no entry outside the
        // ring reaches the exact distance.
        var centre = GeoPoint.Create(37.5665, 126.978);
        var test = new GeoRing(centre, 1_581, 1_600).PlanarTest();
        var east = 1_601.5 / GeoPoint.MeanEarthRadiusMeters * 180 / Math.PI / Math.Cos(37.5665 * Math.PI / 180);
        var north = 1_579.5 / GeoPoint.MeanEarthRadiusMeters * 180 / Math.PI;

        Assert.That(test.PossiblyWithin(0, east), Is.False);
        Assert.That(test.CertainlyInside(north, 0), Is.True);
    }

    [Test]
    public void Points_exactly_on_both_edges_of_a_ring_are_covered()
    {
        var centre = GeoPoint.Create(37.5665, 126.978);
        var spans = new GeoRing(centre, 1_000, 2_000).Cover();
        // Due north, south, east and west of the centre at the inner and the outer radius.
        foreach (var metres in new[] { 1_000d, 2_000d })
        {
            var degreesLatitude = metres / GeoPoint.MeanEarthRadiusMeters * 180 / Math.PI;
            var degreesLongitude = 2 * Math.Asin(Math.Sin(metres / GeoPoint.MeanEarthRadiusMeters / 2) / Math.Cos(37.5665 * Math.PI / 180)) * 180 / Math.PI;
            foreach (var point in new[]
            {
                GeoPoint.Create(37.5665 + degreesLatitude, 126.978), GeoPoint.Create(37.5665 - degreesLatitude, 126.978),
                GeoPoint.Create(37.5665, 126.978 + degreesLongitude), GeoPoint.Create(37.5665, 126.978 - degreesLongitude),
            })
            {
                Assert.That(centre.DistanceMeters(point), Is.EqualTo(metres).Within(0.001));
                Assert.That(spans.Any(span => span.Band == LatitudeBand.Of(point.Latitude)
                    && point.Longitude >= span.MinLongitude && point.Longitude <= span.MaxLongitude));
            }
        }
    }

    [Test]
    public void A_ring_leaves_out_most_of_its_inner_disc()
    {
        // Around City Hall, 1,581 m to 1,700 m: the spans hold a small part of the 1,700 m box (what page 50 reads).
        var centre = GeoPoint.Create(37.5665, 126.978);
        var ring = new GeoRing(centre, 1_581, 1_700).Cover();
        var disc = new GeoRing(centre, 0, 1_700).Cover();

        static double Area(IEnumerable<BandSpan> spans) => spans.Sum(span => span.MaxLongitude - span.MinLongitude);

        Assert.That(ring.Select(span => span.Band).Distinct().Count(), Is.EqualTo(disc.Select(span => span.Band).Distinct().Count()));
        Assert.That(Area(ring), Is.LessThan(Area(disc) * 0.5));
    }

    [Test]
    public void The_spans_of_a_disc_are_one_per_band_and_no_wider_than_its_bounding_box()
    {
        var centre = GeoPoint.Create(37.5665, 126.978);
        var box = centre.BoundingBox(4_000);
        var spans = new GeoRing(centre, 0, 4_000).Cover();

        Assert.That(spans.Select(span => span.Band), Is.Unique);
        Assert.That(spans.Min(span => span.MinLongitude), Is.GreaterThanOrEqualTo(box.MinLongitude - 0.00001));
        Assert.That(spans.Max(span => span.MaxLongitude), Is.LessThanOrEqualTo(box.MaxLongitude + 0.00001));
        Assert.That(spans.First().Band, Is.EqualTo(LatitudeBand.Of(box.MinLatitude)));
        Assert.That(spans.Last().Band, Is.EqualTo(LatitudeBand.Of(box.MaxLatitude)));
    }

    [Test]
    public void A_ring_that_ends_before_it_starts_covers_nothing()
    {
        Assert.That(new GeoRing(GeoPoint.Create(37.5665, 126.978), 4_100, 4_001).Cover(), Is.Empty);
    }
}
