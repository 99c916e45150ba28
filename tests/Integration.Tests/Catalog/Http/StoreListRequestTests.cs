using System.Net;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Catalog.Http;

public sealed class StoreListRequestTests : CatalogHttpFixture
{
    private const double Latitude = 60.0;
    private const double Longitude = 100.0;

    [TestCase("/api/v1/stores?lat=37.5&lng=127&page=2", "page")]
    [TestCase("/api/v1/stores?lat=37.5&lng=127&offset=0", "offset")]
    [TestCase("/api/v1/stores?lat=90.5&lng=127", "lat")]
    [TestCase("/api/v1/stores?lat=-91&lng=127", "lat")]
    [TestCase("/api/v1/stores?lat=abc&lng=127", "lat")]
    [TestCase("/api/v1/stores?lng=127", "lat")]
    [TestCase("/api/v1/stores?lat=37.5&lng=180.5", "lng")]
    [TestCase("/api/v1/stores?lat=37.5&lng=-181", "lng")]
    [TestCase("/api/v1/stores?lat=37.5", "lng")]
    [TestCase("/api/v1/stores?lat=37.5&lng=127&take=0", "take")]
    [TestCase("/api/v1/stores?lat=37.5&lng=127&take=51", "take")]
    [TestCase("/api/v1/stores?lat=37.5&lng=127&take=ten", "take")]
    [TestCase("/api/v1/stores?lat=37.5&lng=127&sort=popular", "sort")]
    [TestCase("/api/v1/stores?lat=37.5&lat=37.6&lng=127", "lat")]
    public async Task A_bad_query_is_1111_naming_the_parameter(string path, string field)
    {
        using var response = await GetAsync(path);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }

    [Test]
    public async Task A_cursor_with_a_changed_character_from_another_sort_or_point_or_of_garbage_is_2003()
    {
        for (var index = 0; index < 3; index++)
        {
            await Rows.StoreAsync(Latitude, Longitude, likes: 4);
        }

        var first = await GetOkAsync(StoreListPagingTests.ListPath(Latitude, Longitude, "distance", null, 1));
        var cursor = first.GetProperty("meta").GetProperty("nextCursor").GetString()!;
        var middle = cursor.Length / 2;
        var flipped = string.Concat(cursor.AsSpan(0, middle), cursor[middle] == 'A' ? "B" : "A", cursor.AsSpan(middle + 1));

        string[] refused =
        [
            StoreListPagingTests.ListPath(Latitude, Longitude, "distance", flipped, 1),
            StoreListPagingTests.ListPath(Latitude, Longitude, "likes", cursor, 1),
            StoreListPagingTests.ListPath(Latitude + 0.001, Longitude, "distance", cursor, 1),
            StoreListPagingTests.ListPath(Latitude, Longitude, "distance", "not-a-cursor!", 1),
            StoreListPagingTests.ListPath(Latitude, Longitude, "distance", "eyJ2IjoxLCJzIjoiZGlzdGFuY2UiLCJrIjowLCJpZCI6MX0", 1),
        ];
        foreach (var path in refused)
        {
            using var response = await GetAsync(path);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "2003");
        }

        var second = await GetOkAsync(StoreListPagingTests.ListPath(Latitude, Longitude, "distance", cursor, 1));
        Assert.That(second.GetProperty("data").GetArrayLength(), Is.EqualTo(1), "the untouched cursor still works");
    }
}
