using Hexagon.Domain.Catalog;

namespace Hexagon.Domain.Tests.Catalog;

public sealed class GeoPointTests
{
    [TestCase(90.0001, 0)]
    [TestCase(-90.0001, 0)]
    [TestCase(0, 180.0001)]
    [TestCase(0, -180.0001)]
    [TestCase(double.NaN, 0)]
    [TestCase(0, double.PositiveInfinity)]
    public void Coordinates_off_the_globe_cannot_be_a_point(double latitude, double longitude)
    {
        Assert.That(() => GeoPoint.Create(latitude, longitude), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void The_box_around_seoul_city_hall_spans_the_radius_in_each_direction()
    {
        var box = GeoPoint.Create(37.5665, 126.978).BoundingBox(4_000);

        // On the mean-radius sphere 4 km is 0.035973 degrees of latitude, and 0.045384 degrees of longitude at 37.57°N.
        Assert.That(box.MaxLatitude - 37.5665, Is.EqualTo(0.035974).Within(0.000002));
        Assert.That(37.5665 - box.MinLatitude, Is.EqualTo(0.035974).Within(0.000002));
        Assert.That(box.MaxLongitude - 126.978, Is.EqualTo(0.045384).Within(0.000002));
        Assert.That(126.978 - box.MinLongitude, Is.EqualTo(0.045384).Within(0.000002));
    }

    [Test]
    public void Near_a_pole_the_box_covers_every_longitude_and_stays_on_the_globe()
    {
        var box = GeoPoint.Create(89.99, 10).BoundingBox(4_000);

        Assert.That(box.MaxLatitude, Is.EqualTo(90));
        Assert.That(box.MinLongitude, Is.EqualTo(-180));
        Assert.That(box.MaxLongitude, Is.EqualTo(180));
    }
}
