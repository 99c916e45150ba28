using Hexagon.Domain.Checkouts;

namespace Hexagon.Domain.Tests.Checkouts;

public sealed class CheckoutRulesTests
{
    [Test]
    public void The_order_name_is_the_first_menu_and_how_many_other_lines_follow()
    {
        var lines = new[] { Line("아메리카노"), Line("카페라떼"), Line("치즈케이크") };

        Assert.That(OrderName.For(lines), Is.EqualTo("아메리카노 외 2건"));
        Assert.That(OrderName.For([Line("아메리카노")]), Is.EqualTo("아메리카노"));
    }

    [Test]
    public void A_long_order_name_is_cut_to_Tosss_100_characters_keeping_the_count()
    {
        var name = OrderName.For([Line(new string('가', 150)), Line("라떼")]);

        Assert.That(name, Has.Length.EqualTo(OrderName.MaxLength));
        Assert.That(name, Does.EndWith("… 외 1건"));
    }

    [Test]
    public void Order_ids_have_Tosss_shape_and_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => CheckoutOrderId.New()).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Matches<string>(CheckoutOrderId.IsWellFormed));
        Assert.That(ids[0], Has.Length.EqualTo(26), "ord_ + 22 base64url characters = 128 random bits");
    }

    [TestCase("abc", false)]
    [TestCase("ord_abc/def", false)]
    [TestCase("ord_abcdef", true)]
    [TestCase("a-b_c-d", true)]
    public void Only_Tosss_order_id_alphabet_and_length_are_well_formed(string text, bool wellFormed) =>
        Assert.That(CheckoutOrderId.IsWellFormed(text), Is.EqualTo(wellFormed));

    [Test]
    public void The_amount_is_subtotal_minus_coupon_minus_points_and_must_reach_100_won()
    {
        Assert.That(new CheckoutAmounts(14_000, 1_000, 2_000).Amount, Is.EqualTo(11_000));
        Assert.That(new CheckoutAmounts(1_000, 0, 901).MeetsMinimum, Is.False);
        Assert.That(new CheckoutAmounts(1_000, 0, 900).MeetsMinimum, Is.True);
    }

    [Test]
    public void A_line_is_priced_with_its_options()
    {
        var line = new CheckoutLine(1, "라떼", 2, 4_500, [new CheckoutLineOption(9, "샷 추가", 500)]);

        Assert.That(line.Price.UnitPrice, Is.EqualTo(5_000));
        Assert.That(line.Price.LineAmount, Is.EqualTo(10_000));
    }

    private static CheckoutLine Line(string name) => new(1, name, 1, 1_000, []);
}
