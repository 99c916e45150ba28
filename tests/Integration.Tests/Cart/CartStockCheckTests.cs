using System.Text.Json;

namespace Hexagon.Integration.Tests.Cart;

/// <summary>POST /api/v1/cart/stock-check on carts whose menus, options and store changed after they were added.</summary>
public sealed class CartStockCheckTests : CartHttpFixture
{
    [Test]
    public async Task An_empty_cart_is_fine()
    {
        var customer = await NewCustomerAsync();

        var report = await StockCheckAsync(customer.AccessToken);

        Assert.That(report.GetProperty("insufficient").GetBoolean(), Is.False);
        Assert.That(report.GetProperty("menus").GetArrayLength(), Is.Zero);
        Assert.That(report.GetProperty("soldOut").GetArrayLength(), Is.Zero);
        Assert.That(report.GetProperty("storeClosed").GetBoolean(), Is.False);
    }

    [Test]
    public async Task A_cart_within_stock_is_fine()
    {
        var store = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000, stock: 3);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, store, cookie, 3);

        var report = await StockCheckAsync(customer.AccessToken);

        Assert.That(report.GetProperty("insufficient").GetBoolean(), Is.False);
    }

    [Test]
    public async Task Short_menus_sum_their_lines_and_sold_out_menus_and_options_are_listed()
    {
        var store = await Rows.StoreAsync();
        var coffee = await Rows.MenuAsync(store, "아메리카노", 4000, stock: 10);
        var size = await Rows.OptionGroupAsync(coffee, "사이즈", required: true, 1, 1);
        var tall = await Rows.OptionAsync(size, "톨", 0);
        var venti = await Rows.OptionAsync(size, "벤티", 1000);
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000, stock: 10);
        var muffin = await Rows.MenuAsync(store, "머핀", 3000, stock: 10);
        var scone = await Rows.MenuAsync(store, "스콘", 3000, stock: 10);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, store, coffee, 3, [tall]);
        await AddOkAsync(customer.AccessToken, store, coffee, 2, [venti]);
        await AddOkAsync(customer.AccessToken, store, cookie, 1);
        await AddOkAsync(customer.AccessToken, store, muffin, 1);
        await AddOkAsync(customer.AccessToken, store, scone, 2);

        await Rows.SetMenuAsync(coffee, price: 4000, stock: 4, soldOut: false);
        await Rows.SetOptionSoldOutAsync(venti, true);
        await Rows.SetMenuAsync(cookie, price: 2000, stock: 10, soldOut: true);
        await Rows.SetMenuAsync(muffin, price: 3000, stock: 0, soldOut: false);
        var report = await StockCheckAsync(customer.AccessToken);

        Assert.That(report.GetProperty("insufficient").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("storeClosed").GetBoolean(), Is.False);
        var menus = report.GetProperty("menus").EnumerateArray()
            .Select(menu => (menu.GetProperty("menuId").GetInt64(), menu.GetProperty("name").GetString(),
                menu.GetProperty("requested").GetInt32(), menu.GetProperty("remaining").GetInt32()))
            .ToList();
        Assert.That(menus, Is.EqualTo(new[] { (coffee, "아메리카노", 5, 4) }), "both coffee lines draw on one stock; the scone is fine");
        var soldOut = report.GetProperty("soldOut").EnumerateArray().Select(Describe).ToList();
        Assert.That(soldOut, Is.EquivalentTo(new[] { $"{coffee}/아메리카노/{venti}/벤티", $"{cookie}/쿠키/-/-", $"{muffin}/머핀/-/-" }));

        var cart = await GetCartAsync(customer.AccessToken);
        var lineSoldOut = cart.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("soldOut").GetBoolean());
        Assert.That(lineSoldOut, Is.EqualTo(new[] { false, true, true, true, false }), "the cart marks the lines that cannot be ordered");
    }

    [TestCase("CLOSED")]
    [TestCase("PAUSED")]
    public async Task A_store_that_stopped_taking_orders_is_reported_closed(string status)
    {
        var store = await Rows.StoreAsync();
        var cookie = await Rows.MenuAsync(store, "쿠키", 2000);
        var customer = await NewCustomerAsync();
        await AddOkAsync(customer.AccessToken, store, cookie, 1);

        await Rows.SetStoreStatusAsync(store, status);
        var report = await StockCheckAsync(customer.AccessToken);

        Assert.That(report.GetProperty("storeClosed").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("insufficient").GetBoolean(), Is.True);
        Assert.That(report.GetProperty("menus").GetArrayLength(), Is.Zero);
        Assert.That((await GetCartAsync(customer.AccessToken)).GetProperty("storeStatus").GetString(), Is.EqualTo(status));
    }

    private static string Describe(JsonElement item)
    {
        var optionId = item.GetProperty("optionId");
        var optionName = item.GetProperty("optionName");
        return string.Join('/',
            item.GetProperty("menuId").GetInt64(),
            item.GetProperty("name").GetString(),
            optionId.ValueKind == JsonValueKind.Null ? "-" : optionId.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            optionName.ValueKind == JsonValueKind.Null ? "-" : optionName.GetString());
    }
}
