using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Cart.StockCheck;

namespace Hexagon.Application.Tests.Cart;

public sealed class StockCheckEvaluatorTests
{
    private static readonly CartStore Open = new(1, "매장", "OPEN");

    [Test]
    public void An_empty_cart_is_clear()
    {
        var report = StockCheckEvaluator.Evaluate(PricedCart.Empty);

        Assert.That(report, Is.EqualTo(StockCheckReport.Clear));
        Assert.That(report.Insufficient, Is.False);
    }

    [Test]
    public void A_cart_within_stock_of_an_open_store_is_clear()
    {
        var report = StockCheckEvaluator.Evaluate(new PricedCart(Open, [Line(1, menuId: 10, quantity: 5, stock: 5)]));

        Assert.That(report.Insufficient, Is.False);
        Assert.That(report.Menus, Is.Empty);
        Assert.That(report.SoldOut, Is.Empty);
        Assert.That(report.StoreClosed, Is.False);
    }

    [Test]
    public void Lines_of_one_menu_draw_on_one_stock()
    {
        var cart = new PricedCart(Open, [Line(1, menuId: 10, quantity: 3, stock: 5), Line(2, menuId: 10, quantity: 3, stock: 5), Line(3, menuId: 11, quantity: 1, stock: 9)]);

        var report = StockCheckEvaluator.Evaluate(cart);

        Assert.That(report.Insufficient, Is.True);
        Assert.That(report.Menus, Is.EqualTo(new[] { new ShortMenu(10, "메뉴 10", 6, 5) }));
        Assert.That(report.SoldOut, Is.Empty);
    }

    [TestCase(0, false)]
    [TestCase(8, true)]
    public void A_menu_flagged_or_with_no_stock_is_sold_out_once_and_not_short(int stock, bool flagged)
    {
        var cart = new PricedCart(Open, [Line(1, menuId: 10, quantity: 3, stock: stock, soldOut: flagged), Line(2, menuId: 10, quantity: 9, stock: stock, soldOut: flagged)]);

        var report = StockCheckEvaluator.Evaluate(cart);

        Assert.That(report.Insufficient, Is.True);
        Assert.That(report.Menus, Is.Empty);
        Assert.That(report.SoldOut, Is.EqualTo(new[] { new SoldOutItem(10, "메뉴 10", null, null) }));
    }

    [Test]
    public void A_sold_out_option_is_listed_once_per_menu_however_many_lines_chose_it()
    {
        PricedCartOption[] options = [new(7, "벤티", 1000, SoldOut: true), new(8, "샷", 500, SoldOut: false)];
        var cart = new PricedCart(Open, [Line(1, 10, 1, 9, options: options), Line(2, 10, 1, 9, options: [options[0]])]);

        var report = StockCheckEvaluator.Evaluate(cart);

        Assert.That(report.Insufficient, Is.True);
        Assert.That(report.SoldOut, Is.EqualTo(new[] { new SoldOutItem(10, "메뉴 10", 7, "벤티") }));
    }

    [TestCase("CLOSED")]
    [TestCase("PAUSED")]
    public void A_store_not_open_is_reported_closed(string status)
    {
        var report = StockCheckEvaluator.Evaluate(new PricedCart(Open with { Status = status }, [Line(1, 10, 1, 9)]));

        Assert.That(report.StoreClosed, Is.True);
        Assert.That(report.Insufficient, Is.True);
        Assert.That(report.Menus, Is.Empty);
    }

    private static PricedCartLine Line(long id, long menuId, int quantity, int stock, bool soldOut = false, PricedCartOption[]? options = null) =>
        new(id, menuId, $"메뉴 {menuId}", quantity, 1000, stock, soldOut, options ?? []);
}
