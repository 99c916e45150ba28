using Hexagon.Domain.Ordering;

namespace Hexagon.Domain.Tests.Ordering;

public sealed class OrderStateMachineTests
{
    [TestCase(OrderStatus.Paid, OrderStatus.Accepted)]
    [TestCase(OrderStatus.Paid, OrderStatus.Canceled)]
    [TestCase(OrderStatus.Paid, OrderStatus.Rejected)]
    [TestCase(OrderStatus.Paid, OrderStatus.AutoCanceled)]
    [TestCase(OrderStatus.Accepted, OrderStatus.Ready)]
    [TestCase(OrderStatus.Ready, OrderStatus.PickedUp)]
    public void A_legal_move_moves(OrderStatus from, OrderStatus to)
    {
        var move = OrderStateMachine.Check(from, to);

        Assert.That(move.IsSuccess, Is.True);
        Assert.That(move.Value, Is.True);
    }

    [TestCase(OrderStatus.Accepted)]
    [TestCase(OrderStatus.Canceled)]
    [TestCase(OrderStatus.PickedUp)]
    public void Repeating_the_move_that_got_there_is_a_no_op(OrderStatus status)
    {
        var move = OrderStateMachine.Check(status, status);

        Assert.That(move.IsSuccess, Is.True);
        Assert.That(move.Value, Is.False);
    }

    [TestCase(OrderStatus.Accepted)]
    [TestCase(OrderStatus.Ready)]
    [TestCase(OrderStatus.PickedUp)]
    [TestCase(OrderStatus.Rejected)]
    public void A_customer_cancel_after_the_store_answered_is_refused_with_its_own_code(OrderStatus from)
    {
        var move = OrderStateMachine.Check(from, OrderStatus.Canceled);

        Assert.That(move.Error, Is.EqualTo(OrderErrors.NotCancelable));
    }

    [TestCase(OrderStatus.Paid, OrderStatus.Ready)]
    [TestCase(OrderStatus.Paid, OrderStatus.PickedUp)]
    [TestCase(OrderStatus.Ready, OrderStatus.Accepted)]
    [TestCase(OrderStatus.Canceled, OrderStatus.Accepted)]
    [TestCase(OrderStatus.PickedUp, OrderStatus.Rejected)]
    public void Any_other_move_is_refused_naming_both_statuses(OrderStatus from, OrderStatus to)
    {
        var move = OrderStateMachine.Check(from, to);

        Assert.That(move.Error?.Code, Is.EqualTo(OrderErrors.IllegalTransition.Code));
        Assert.That(move.Error!.Message, Does.Contain(from.KoreanName()).And.Contain(to.KoreanName()));
    }

    [Test]
    public void Only_the_refunded_endings_refund()
    {
        var refunded = Enum.GetValues<OrderStatus>().Where(status => status.IsRefunded());

        Assert.That(refunded, Is.EquivalentTo(new[] { OrderStatus.Canceled, OrderStatus.Rejected, OrderStatus.AutoCanceled }));
    }

    [Test]
    public void Status_codes_round_trip()
    {
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Assert.That(OrderStatusNames.Parse(status.Code()), Is.EqualTo(status));
        }

        Assert.That(OrderStatus.PickedUp.Code(), Is.EqualTo("PICKED_UP"));
    }
}
