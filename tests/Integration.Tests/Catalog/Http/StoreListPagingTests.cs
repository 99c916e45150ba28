using System.Globalization;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Catalog.Http;

public sealed class StoreListPagingTests : CatalogHttpFixture
{
    // Each case has its own point, about 1,100 km from the others.
    [TestCase("distance", 10.0)]
    [TestCase("likes", 20.0)]
    [TestCase("rating", 30.0)]
    [TestCase("reviews", 40.0)]
    public async Task Pages_of_7_visit_30_tied_stores_exactly_once_between_better_and_worse_ones(string sort, double latitude)
    {
        const double longitude = 100.0;
        var better = new List<long>();
        var tied = new List<long>();
        var worse = new List<long>();
        // Round-robin inserts, so store ids alone do not already give the expected order.
        for (var index = 0; index < 30; index++)
        {
            if (index < 4)
            {
                better.Add(await StoreAsync(sort, latitude, longitude, rank: 0));
            }

            tied.Add(await StoreAsync(sort, latitude, longitude, rank: 1));
            if (index < 4)
            {
                worse.Add(await StoreAsync(sort, latitude, longitude, rank: 2));
            }
        }

        var seen = await WalkAsync(latitude, longitude, sort, take: 7);

        Assert.That(seen, Is.EqualTo(better.Concat(tied).Concat(worse).ToList()));
    }

    [Test]
    public async Task Stores_a_fraction_of_a_metre_apart_are_each_listed_once_in_exact_distance_order()
    {
        // About 11 cm apart: a cursor holding whole metres would repeat or skip some of them at page boundaries.
        const double latitude = 45.0;
        const double longitude = 100.0;
        var nearestLast = new List<long>();
        for (var step = 9; step >= 0; step--)
        {
            nearestLast.Add(await Rows.StoreAsync(latitude + 0.009 + (step * 0.000001), longitude));
        }

        var seen = await WalkAsync(latitude, longitude, "distance", take: 3);

        Assert.That(seen, Is.EqualTo(Enumerable.Reverse(nearestLast).ToList()));
    }

    [Test]
    public async Task Only_stores_within_4000_m_are_listed_nearest_first_with_their_distance()
    {
        const double latitude = 50.0;
        const double longitude = 100.0;
        var atOrigin = await Rows.StoreAsync(latitude, longitude);
        var north = await Rows.StoreAsync(latitude + 0.0350, longitude); // about 3,892 m
        await Rows.StoreAsync(latitude + 0.0365, longitude); // about 4,059 m
        var east = await Rows.StoreAsync(latitude, longitude + 0.0540); // about 3,859 m at 50°N
        await Rows.StoreAsync(latitude, longitude + 0.0570); // about 4,074 m
        await Rows.StoreAsync(latitude + 0.030, longitude + 0.045); // in the bounding box's corner, about 4,620 m
        var edge = await Rows.StoreAsync(latitude - 0.035964, longitude); // about 3,999 m: the box must not cut it off

        var page = await GetOkAsync(ListPath(latitude, longitude, "distance", null, 50));

        var data = page.GetProperty("data").EnumerateArray().ToList();
        Assert.That(data.Select(store => store.GetProperty("storeId").GetInt64()), Is.EqualTo(new[] { atOrigin, east, north, edge }));
        Assert.That(data[0].GetProperty("distanceMeters").GetInt64(), Is.Zero);
        Assert.That(data[2].GetProperty("distanceMeters").GetInt64(), Is.InRange(3_880, 3_900));
        Assert.That(data[3].GetProperty("distanceMeters").GetInt64(), Is.EqualTo(3_999));
        Assert.That(page.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.False);
        Assert.That(page.GetProperty("meta").GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task A_store_row_has_every_field_of_the_contract_and_take_defaults_to_20()
    {
        const double latitude = 55.0;
        const double longitude = 100.0;
        for (var index = 0; index < 21; index++)
        {
            await Rows.StoreAsync(latitude, longitude, name: "휴무 매장", rating: 4.7m, likes: 12, reviews: 5, status: "CLOSED");
        }

        var page = await GetOkAsync(ListPath(latitude, longitude, null, null, null));

        var first = page.GetProperty("data")[0];
        Assert.Multiple(() =>
        {
            Assert.That(page.GetProperty("data").GetArrayLength(), Is.EqualTo(20));
            Assert.That(page.GetProperty("meta").GetProperty("take").GetInt32(), Is.EqualTo(20));
            Assert.That(page.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.True);
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("휴무 매장"));
            Assert.That(first.GetProperty("rating").GetDecimal(), Is.EqualTo(4.7m));
            Assert.That(first.GetProperty("likeCount").GetInt64(), Is.EqualTo(12));
            Assert.That(first.GetProperty("reviewCount").GetInt64(), Is.EqualTo(5));
            Assert.That(first.GetProperty("thumbnailUrl").GetString(), Is.EqualTo("https://img.example/s.png"));
            Assert.That(first.GetProperty("pickupMinutes").GetInt32(), Is.EqualTo(15));
            Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("CLOSED"));
            Assert.That(first.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()), Is.EqualTo(new[] { "커피", "디저트" }));
            Assert.That(first.GetProperty("likedByMe").GetBoolean(), Is.False);
        });
    }

    internal static string ListPath(double latitude, double longitude, string? sort, string? cursor, int? take)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"/api/v1/stores?lat={latitude}&lng={longitude}");
        path += sort is null ? "" : "&sort=" + sort;
        path += cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor);
        return take is null ? path : path + string.Create(CultureInfo.InvariantCulture, $"&take={take}");
    }

    private async Task<List<long>> WalkAsync(double latitude, double longitude, string sort, int take)
    {
        var seen = new List<long>();
        string? cursor = null;
        for (var pages = 0; pages < 20; pages++)
        {
            var page = await GetOkAsync(ListPath(latitude, longitude, sort, cursor, take));
            var data = page.GetProperty("data");
            Assert.That(data.GetArrayLength(), Is.LessThanOrEqualTo(take));
            seen.AddRange(data.EnumerateArray().Select(store => store.GetProperty("storeId").GetInt64()));
            var meta = page.GetProperty("meta");
            if (!meta.GetProperty("hasNext").GetBoolean())
            {
                Assert.That(meta.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
                return seen;
            }

            Assert.That(data.GetArrayLength(), Is.EqualTo(take));
            cursor = meta.GetProperty("nextCursor").GetString();
        }

        Assert.Fail("the pages never ended");
        return seen;
    }

    // rank 0 sorts first, 2 last; every other field is the same for all ranks.
    private Task<long> StoreAsync(string sort, double latitude, double longitude, int rank) => sort switch
    {
        "distance" => Rows.StoreAsync(latitude + (0.005 * (rank + 1)), longitude),
        "likes" => Rows.StoreAsync(latitude, longitude, likes: 9 - (3 * rank)),
        "rating" => Rows.StoreAsync(latitude, longitude, rating: 4.8m - (0.3m * rank)),
        _ => Rows.StoreAsync(latitude, longitude, reviews: 50 - (20 * rank)),
    };
}
