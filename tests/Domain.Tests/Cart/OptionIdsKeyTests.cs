using Hexagon.Domain.Cart;

namespace Hexagon.Domain.Tests.Cart;

public sealed class OptionIdsKeyTests
{
    [Test]
    public void The_key_is_the_ids_ascending_and_comma_separated_whatever_the_order()
    {
        Assert.That(OptionIdsKey.For([12, 3, 100]), Is.EqualTo("3,12,100"));
        Assert.That(OptionIdsKey.For([100, 12, 3]), Is.EqualTo(OptionIdsKey.For([3, 100, 12])));
    }

    [Test]
    public void No_options_is_the_empty_key()
    {
        Assert.That(OptionIdsKey.For([]), Is.EqualTo(""));
    }

    [TestCase(1, true)]
    [TestCase(99, true)]
    [TestCase(0, false)]
    [TestCase(100, false)]
    public void A_quantity_is_1_to_99(int quantity, bool valid)
    {
        Assert.That(CartQuantity.IsValid(quantity), Is.EqualTo(valid));
    }

    [Test]
    public void A_merge_may_reach_99_but_not_pass_it()
    {
        Assert.That(CartQuantity.CanMerge(60, 39), Is.True);
        Assert.That(CartQuantity.CanMerge(60, 40), Is.False);
        Assert.That(CartQuantity.CanMerge(99, int.MaxValue), Is.False);
    }
}
