using System.Net;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>POST /api/v1/cart/items: one store per cart (and replaceCart), and the stores and menus that cannot be added from.</summary>
public sealed class CartStoreRuleTests : CartHttpFixture
{
    [Test]
    public async Task Another_store_is_3101_and_replaceCart_swaps_the_whole_cart()
    {
        var first = await Rows.StoreAsync("첫 매장");
        var second = await Rows.StoreAsync("둘째 매장");
        var cookie = await Rows.MenuAsync(first, "쿠키", 2000);
        var muffin = await Rows.MenuAsync(first, "머핀", 3000);
        var bagel = await Rows.MenuAsync(second, "베이글", 3500);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, first, cookie, 1);
        await AddOkAsync(customer.AccessToken, first, muffin, 2);

        using (var refused = await AddAsync(customer.AccessToken, second, bagel, 1))
        {
            await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.Conflict, "3101");
        }

        using (var refusedExplicitly = await AddAsync(customer.AccessToken, second, bagel, 1, replaceCart: false))
        {
            await ProblemAssert.IsProblemAsync(refusedExplicitly, HttpStatusCode.Conflict, "3101");
        }

        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.EqualTo(first));
        Assert.That(await Rows.LinesAsync(customer.UserId), Has.Count.EqualTo(2));

        await AddOkAsync(customer.AccessToken, second, bagel, 3, replaceCart: true);

        var cart = await GetCartAsync(customer.AccessToken);
        Assert.That(cart.GetProperty("storeId").GetInt64(), Is.EqualTo(second));
        Assert.That(cart.GetProperty("storeName").GetString(), Is.EqualTo("둘째 매장"));
        Assert.That(await Rows.LinesAsync(customer.UserId), Is.EqualTo(new[] { (bagel, "", 3) }));
    }

    [Test]
    public async Task A_refused_replacement_leaves_the_old_cart_whole()
    {
        var first = await Rows.StoreAsync();
        var closed = await Rows.StoreAsync("닫힌 매장", status: "CLOSED");
        var cookie = await Rows.MenuAsync(first, "쿠키", 2000);
        var bagel = await Rows.MenuAsync(closed, "베이글", 3500);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, first, cookie, 2);

        using var response = await AddAsync(customer.AccessToken, closed, bagel, 1, replaceCart: true);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3102");
        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.EqualTo(first));
        Assert.That(await Rows.LinesAsync(customer.UserId), Is.EqualTo(new[] { (cookie, "", 2) }));
    }

    [Test]
    public async Task Unknown_store_is_2001_and_unknown_or_foreign_menu_is_2002()
    {
        var store = await Rows.StoreAsync();
        var elsewhere = await Rows.StoreAsync("다른 매장");
        var foreignMenu = await Rows.MenuAsync(elsewhere, "베이글", 3500);
        var customer = await NewCustomerAsync();

        using (var unknownStore = await AddAsync(customer.AccessToken, 987654321, foreignMenu, 1))
        {
            await ProblemAssert.IsProblemAsync(unknownStore, HttpStatusCode.NotFound, "2001");
        }

        using (var unknownMenu = await AddAsync(customer.AccessToken, store, 987654321, 1))
        {
            await ProblemAssert.IsProblemAsync(unknownMenu, HttpStatusCode.NotFound, "2002");
        }

        using (var menuOfAnotherStore = await AddAsync(customer.AccessToken, store, foreignMenu, 1))
        {
            await ProblemAssert.IsProblemAsync(menuOfAnotherStore, HttpStatusCode.NotFound, "2002");
        }

        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.Null);
    }

    [TestCase("CLOSED")]
    [TestCase("PAUSED")]
    public async Task A_store_not_open_is_3102(string status)
    {
        var store = await Rows.StoreAsync(status: status);
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();

        using var response = await AddAsync(customer.AccessToken, store, cookie, 1);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3102");
        Assert.That(await Rows.CartStoreAsync(customer.UserId), Is.Null);
    }

    [TestCase(50, true)]
    [TestCase(0, false)]
    public async Task A_sold_out_menu_is_3103(int stock, bool soldOut)
    {
        var store = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000, stock: stock, soldOut: soldOut);
        var customer = await NewCustomerAsync();

        using var response = await AddAsync(customer.AccessToken, store, cookie, 1);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict, "3103");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("쿠키"));
    }
}
