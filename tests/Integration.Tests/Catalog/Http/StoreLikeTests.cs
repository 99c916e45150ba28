using System.Net;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Catalog.Http;

public sealed class StoreLikeTests : CatalogHttpFixture
{
    private IdentityApi Api => new(Client);

    [Test]
    public async Task Liking_twice_keeps_one_like_and_counts_it_once_and_unliking_twice_takes_it_back_once()
    {
        var store = await Rows.StoreAsync(10.0, 10.0, likes: 5);
        var customer = await Api.NewUserAsync();

        await ExpectNoContentAsync(HttpMethod.Put, store, customer.AccessToken);
        await ExpectNoContentAsync(HttpMethod.Put, store, customer.AccessToken);
        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(6));
        Assert.That(await Rows.LikeRowsAsync(customer.UserId, store), Is.EqualTo(1));

        await ExpectNoContentAsync(HttpMethod.Delete, store, customer.AccessToken);
        await ExpectNoContentAsync(HttpMethod.Delete, store, customer.AccessToken);
        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(5));
        Assert.That(await Rows.LikeRowsAsync(customer.UserId, store), Is.EqualTo(0));
    }

    [Test]
    public async Task Unliking_a_store_never_liked_changes_nothing()
    {
        var store = await Rows.StoreAsync(10.0, 10.0, likes: 0);
        var customer = await Api.NewUserAsync();

        await ExpectNoContentAsync(HttpMethod.Delete, store, customer.AccessToken);

        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(0));
    }

    [Test]
    public async Task A_like_shows_in_the_store_page()
    {
        var store = await Rows.StoreAsync(10.0, 10.0, likes: 0);
        var customer = await Api.NewUserAsync();

        await ExpectNoContentAsync(HttpMethod.Put, store, customer.AccessToken);
        var page = await GetOkAsync($"/api/v1/stores/{store}", customer.AccessToken);

        Assert.That(page.GetProperty("likedByMe").GetBoolean(), Is.True);
        Assert.That(page.GetProperty("likeCount").GetInt64(), Is.EqualTo(1));
    }

    [Test]
    public async Task Concurrent_likes_then_concurrent_unlikes_leave_the_count_equal_to_the_rows()
    {
        const int customers = 20;
        var store = await Rows.StoreAsync(10.0, 10.0, likes: 0);
        var tokens = await Task.WhenAll(Enumerable.Range(0, customers).Select(_ => Api.NewUserAsync()));

        await Task.WhenAll(tokens.Select(token => ExpectNoContentAsync(HttpMethod.Put, store, token.AccessToken)));
        Assert.That(await Rows.LikeRowsAsync(store), Is.EqualTo(customers));
        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(customers));

        // Half unlike while the other half like again (a no-op): both directions race on the same store row.
        await Task.WhenAll(tokens.Select((token, index) =>
            ExpectNoContentAsync(index % 2 == 0 ? HttpMethod.Delete : HttpMethod.Put, store, token.AccessToken)));
        Assert.That(await Rows.LikeRowsAsync(store), Is.EqualTo(customers / 2));
        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(customers / 2));
    }

    [Test]
    public async Task One_customer_liking_ten_times_at_once_counts_once()
    {
        var store = await Rows.StoreAsync(10.0, 10.0, likes: 3);
        var customer = await Api.NewUserAsync();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => ExpectNoContentAsync(HttpMethod.Put, store, customer.AccessToken)));

        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(4));
        Assert.That(await Rows.LikeRowsAsync(customer.UserId, store), Is.EqualTo(1));

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => ExpectNoContentAsync(HttpMethod.Delete, store, customer.AccessToken)));

        Assert.That(await Rows.LikeCountAsync(store), Is.EqualTo(3));
    }

    [TestCase("PUT")]
    [TestCase("DELETE")]
    public async Task An_unknown_store_is_2001(string method)
    {
        var customer = await Api.NewUserAsync();

        using var response = await Api.SendAsync(new HttpMethod(method), "/api/v1/stores/987654321/like", customer.AccessToken);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "2001");
    }

    [TestCase("PUT", "/api/v1/stores/1/like")]
    [TestCase("DELETE", "/api/v1/stores/1/like")]
    [TestCase("GET", "/api/v1/me/likes")]
    public async Task Without_a_token_it_is_0007(string method, string path)
    {
        using var response = await Api.SendAsync(new HttpMethod(method), path, accessToken: null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }

    private async Task ExpectNoContentAsync(HttpMethod method, long storeId, string accessToken)
    {
        using var response = await Api.SendAsync(method, $"/api/v1/stores/{storeId}/like", accessToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await response.Content.ReadAsStringAsync());
    }
}
