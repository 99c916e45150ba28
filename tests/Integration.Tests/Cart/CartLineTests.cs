using System.Net;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>PATCH and DELETE /api/v1/cart/items/{cartItemId}: only the caller's own lines, quantities 1–99.</summary>
public sealed class CartLineTests : CartHttpFixture
{
    [Test]
    public async Task Patching_a_quantity_answers_200_with_the_cart()
    {
        var store = await Rows.StoreAsync();
        var menu = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();
        var line = await AddOkAsync(customer.AccessToken, store, menu, 1);

        using var response = await SendAsync(HttpMethod.Patch, $"/api/v1/cart/items/{line}", customer.AccessToken, new { quantity = 4 });
        var cart = await ReadAsync(response, HttpStatusCode.OK);

        Assert.That(cart.GetProperty("items")[0].GetProperty("quantity").GetInt32(), Is.EqualTo(4));
        Assert.That(cart.GetProperty("subtotal").GetInt64(), Is.EqualTo(8000));
        Assert.That((await Rows.LinesAsync(customer.UserId)).Single().Quantity, Is.EqualTo(4));
    }

    [TestCase(0)]
    [TestCase(100)]
    public async Task Patching_to_a_quantity_outside_1_to_99_is_1111_on_quantity(int quantity)
    {
        var store = await Rows.StoreAsync();
        var menu = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();
        var line = await AddOkAsync(customer.AccessToken, store, menu, 2);

        using var response = await SendAsync(HttpMethod.Patch, $"/api/v1/cart/items/{line}", customer.AccessToken, new { quantity });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty("quantity", out _), Is.True);
        Assert.That((await Rows.LinesAsync(customer.UserId)).Single().Quantity, Is.EqualTo(2));
    }

    [Test]
    public async Task Deleting_a_line_is_204_and_deleting_it_again_is_3105()
    {
        var store = await Rows.StoreAsync();
        var menu = await Rows.MenuAsync(store, "쿠키", 2000);
        var other = await Rows.MenuAsync(store, "머핀", 3000);
        var customer = await NewCustomerAsync();
        var line = await AddOkAsync(customer.AccessToken, store, menu, 2);
        await AddOkAsync(customer.AccessToken, store, other, 1);

        using (var response = await SendAsync(HttpMethod.Delete, $"/api/v1/cart/items/{line}", customer.AccessToken))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        using (var again = await SendAsync(HttpMethod.Delete, $"/api/v1/cart/items/{line}", customer.AccessToken))
        {
            await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound, "3105");
        }

        Assert.That((await Rows.LinesAsync(customer.UserId)).Select(row => row.MenuId), Is.EqualTo(new[] { other }));
    }

    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task Someone_elses_line_is_3105_and_stays_as_it_was(string method)
    {
        var store = await Rows.StoreAsync();
        var menu = await Rows.MenuAsync(store, "쿠키", 2000);
        var owner = await NewCustomerAsync();
        var stranger = await NewCustomerAsync();
        var line = await AddOkAsync(owner.AccessToken, store, menu, 2);
        await AddOkAsync(stranger.AccessToken, store, menu, 1);

        using var response = await SendAsync(new HttpMethod(method), $"/api/v1/cart/items/{line}", stranger.AccessToken, new { quantity = 9 });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "3105");
        Assert.That((await Rows.LinesAsync(owner.UserId)).Single().Quantity, Is.EqualTo(2));
    }
}
