using Hexagon.Domain.Cart;

namespace Hexagon.Domain.Tests.Cart;

public sealed class CartLinePriceTests
{
    [Test]
    public void The_unit_price_adds_the_options_and_the_line_multiplies_it()
    {
        var line = new CartLinePrice(4000, [500, 300], 3);

        Assert.That(line.UnitPrice, Is.EqualTo(4800));
        Assert.That(line.LineAmount, Is.EqualTo(14400));
    }

    [Test]
    public void The_subtotal_is_the_sum_of_the_lines_and_zero_for_none()
    {
        Assert.That(CartLinePrice.Subtotal([new CartLinePrice(4000, [], 2), new CartLinePrice(2500, [700], 1)]), Is.EqualTo(11200));
        Assert.That(CartLinePrice.Subtotal([]), Is.Zero);
    }

    [Test]
    public void A_negative_price_or_delta_is_a_bug()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CartLinePrice(-1, [], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CartLinePrice(1000, [-100], 1));
    }

    [Test]
    public void Amounts_beyond_int_stay_exact_in_long()
    {
        var line = new CartLinePrice(int.MaxValue, [int.MaxValue], 99);

        Assert.That(line.LineAmount, Is.EqualTo(2L * int.MaxValue * 99));
    }
}
