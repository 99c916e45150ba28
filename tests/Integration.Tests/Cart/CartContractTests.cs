using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>GET and DELETE /api/v1/cart: shapes, prices from the database, and the token every cart route needs.</summary>
public sealed class CartContractTests : CartHttpFixture
{
    [Test]
    public async Task An_empty_cart_has_a_null_store_no_items_and_a_zero_subtotal()
    {
        var customer = await NewCustomerAsync();

        var cart = await GetCartAsync(customer.AccessToken);

        Assert.That(cart.GetProperty("storeId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(cart.GetProperty("storeName").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(cart.GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(cart.GetProperty("subtotal").GetInt64(), Is.Zero);
    }

    [Test]
    public async Task Added_lines_are_priced_from_the_database_and_follow_its_prices()
    {
        var store = await Rows.StoreAsync("가격 카페");
        var latte = await Rows.MenuAsync(store, "카페라떼", 4500);
        var size = await Rows.OptionGroupAsync(latte, "사이즈", required: true, 1, 1);
        var large = await Rows.OptionAsync(size, "라지", 700);
        var extra = await Rows.OptionGroupAsync(latte, "추가", required: false, 0, 2, displayOrder: 1);
        var shot = await Rows.OptionAsync(extra, "샷 추가", 500);
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();

        var latteLine = await AddOkAsync(customer.AccessToken, store, latte, 2, [shot, large]);
        var cookieLine = await AddOkAsync(customer.AccessToken, store, cookie, 3);
        var cart = await GetCartAsync(customer.AccessToken);

        Assert.That(cart.GetProperty("storeId").GetInt64(), Is.EqualTo(store));
        Assert.That(cart.GetProperty("storeName").GetString(), Is.EqualTo("가격 카페"));
        var items = cart.GetProperty("items");
        Assert.That(items.GetArrayLength(), Is.EqualTo(2));
        var first = items[0];
        Assert.That(first.GetProperty("cartItemId").GetInt64(), Is.EqualTo(latteLine));
        Assert.That(first.GetProperty("menuId").GetInt64(), Is.EqualTo(latte));
        Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("카페라떼"));
        Assert.That(first.GetProperty("quantity").GetInt32(), Is.EqualTo(2));
        Assert.That(first.GetProperty("unitPrice").GetInt64(), Is.EqualTo(4500 + 700 + 500));
        Assert.That(first.GetProperty("lineAmount").GetInt64(), Is.EqualTo(2 * 5700));
        var options = first.GetProperty("options").EnumerateArray()
            .Select(option => (option.GetProperty("optionId").GetInt64(), option.GetProperty("name").GetString(), option.GetProperty("price").GetInt64()))
            .ToList();
        Assert.That(options, Is.EqualTo(new[] { (large, "라지", 700L), (shot, "샷 추가", 500L) }), "options in group order");
        Assert.That(items[1].GetProperty("cartItemId").GetInt64(), Is.EqualTo(cookieLine));
        Assert.That(cart.GetProperty("subtotal").GetInt64(), Is.EqualTo(11400 + 6000));

        await Rows.SetMenuAsync(cookie, price: 2200, stock: 50, soldOut: false);
        var repriced = await GetCartAsync(customer.AccessToken);
        Assert.That(repriced.GetProperty("items")[1].GetProperty("lineAmount").GetInt64(), Is.EqualTo(6600));
        Assert.That(repriced.GetProperty("subtotal").GetInt64(), Is.EqualTo(11400 + 6600));
    }

    [Test]
    public async Task Deleting_the_cart_is_204_even_when_empty_and_the_cart_reads_empty()
    {
        var store = await Rows.StoreAsync();
        var menu = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, store, menu, 2);

        for (var i = 0; i < 2; i++)
        {
            using var response = await SendAsync(HttpMethod.Delete, "/api/v1/cart", customer.AccessToken);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That((await GetCartAsync(customer.AccessToken)).GetProperty("items").GetArrayLength(), Is.Zero);
        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.Null);
    }

    [TestCase("GET", "/api/v1/cart")]
    [TestCase("DELETE", "/api/v1/cart")]
    [TestCase("POST", "/api/v1/cart/items")]
    [TestCase("PATCH", "/api/v1/cart/items/1")]
    [TestCase("DELETE", "/api/v1/cart/items/1")]
    [TestCase("POST", "/api/v1/cart/stock-check")]
    public async Task Without_a_token_it_is_0007(string method, string path)
    {
        using var response = await SendAsync(new HttpMethod(method), path, accessToken: null, new { quantity = 1 });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }
}
