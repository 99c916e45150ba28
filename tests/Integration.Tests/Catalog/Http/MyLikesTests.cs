using System.Net;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Catalog.Http;

public sealed class MyLikesTests : CatalogHttpFixture
{
    private IdentityApi Api => new(Client);

    [Test]
    public async Task My_likes_come_newest_first_across_pages_with_ties_broken_by_store_id()
    {
        var customer = await Api.NewUserAsync();
        var someoneElse = await Api.NewUserAsync();
        var stores = new List<long>();
        for (var i = 0; i < 9; i++)
        {
            stores.Add(await Rows.StoreAsync(20.0, 20.0, name: $"매장 {i}"));
        }

        // Three likes at each of three instants (microsecond precision), so every page boundary falls inside a tie.
        var instants = new[]
        {
            new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc).AddTicks(1234560),
            new DateTime(2026, 1, 2, 9, 0, 0, DateTimeKind.Utc).AddTicks(10),
            new DateTime(2026, 1, 2, 9, 0, 0, DateTimeKind.Utc).AddTicks(20),
        };
        for (var i = 0; i < stores.Count; i++)
        {
            await Rows.LikeAtAsync(customer.UserId, stores[i], instants[i % 3]);
        }

        await Rows.LikeAtAsync(someoneElse.UserId, stores[0], instants[2]);
        var expected = stores
            .Select((store, i) => (store, at: instants[i % 3]))
            .OrderByDescending(like => like.at).ThenByDescending(like => like.store)
            .Select(like => like.store)
            .ToList();

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var path = "/api/v1/me/likes?take=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = await GetOkAsync(path, customer.AccessToken);
            var meta = page.GetProperty("meta");
            Assert.That(meta.GetProperty("take").GetInt32(), Is.EqualTo(2));
            foreach (var store in page.GetProperty("data").EnumerateArray())
            {
                seen.Add(store.GetProperty("storeId").GetInt64());
                Assert.That(store.GetProperty("likedByMe").GetBoolean(), Is.True);
                Assert.That(store.TryGetProperty("distanceMeters", out _), Is.False);
            }

            cursor = meta.GetProperty("hasNext").GetBoolean() ? meta.GetProperty("nextCursor").GetString() : null;
            Assert.That(meta.GetProperty("hasNext").GetBoolean() || meta.GetProperty("nextCursor").ValueKind == System.Text.Json.JsonValueKind.Null, Is.True);
            pages++;
        }
        while (cursor is not null && pages < 20);

        Assert.That(seen, Is.EqualTo(expected));
        Assert.That(pages, Is.EqualTo(5));
    }

    [Test]
    public async Task No_likes_is_an_empty_last_page()
    {
        var customer = await Api.NewUserAsync();

        var page = await GetOkAsync("/api/v1/me/likes", customer.AccessToken);

        Assert.That(page.GetProperty("data").GetArrayLength(), Is.EqualTo(0));
        Assert.That(page.GetProperty("meta").GetProperty("take").GetInt32(), Is.EqualTo(20));
        Assert.That(page.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_tampered_or_foreign_cursor_is_2003()
    {
        var customer = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        for (var i = 0; i < 3; i++)
        {
            await Rows.LikeAsync(customer.UserId, await Rows.StoreAsync(21.0, 21.0));
        }

        var first = await GetOkAsync("/api/v1/me/likes?take=1", customer.AccessToken);
        var cursor = first.GetProperty("meta").GetProperty("nextCursor").GetString()!;
        var flipped = (cursor[^2] == 'A' ? 'B' : 'A').ToString();
        var tampered = cursor[..^2] + flipped + cursor[^1];

        foreach (var (bad, token) in new[] { (tampered, customer.AccessToken), ("bm90LWEtY3Vyc29y", customer.AccessToken), ("%%%", customer.AccessToken), (cursor, other.AccessToken) })
        {
            using var response = await GetAsync("/api/v1/me/likes?take=1&cursor=" + Uri.EscapeDataString(bad), token);
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "2003");
        }
    }

    [TestCase("/api/v1/me/likes?page=2", "page")]
    [TestCase("/api/v1/me/likes?take=0", "take")]
    [TestCase("/api/v1/me/likes?take=51", "take")]
    [TestCase("/api/v1/me/likes?take=ten", "take")]
    [TestCase("/api/v1/me/likes?take=1&take=2", "take")]
    public async Task A_bad_query_is_1111_naming_the_parameter(string path, string field)
    {
        var customer = await Api.NewUserAsync();

        using var response = await GetAsync(path, customer.AccessToken);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.ToString());
    }
}
