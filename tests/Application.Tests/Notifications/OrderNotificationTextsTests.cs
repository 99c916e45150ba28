using Hexagon.Domain.Notifications;

namespace Hexagon.Application.Tests.Notifications;

/// <summary>The Korean texts the customer reads (the Domain suite has no notification folder of its own yet).</summary>
public sealed class OrderNotificationTextsTests
{
    [Test]
    public void Each_order_event_has_its_text_and_type()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OrderNotificationTexts.Paid("카페 헥사곤"),
                Is.EqualTo(new NotificationContent("ORDER_PAID", "결제 완료", "[카페 헥사곤] 결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요.")));
            Assert.That(OrderNotificationTexts.Accepted("카페 헥사곤", 15).Body, Is.EqualTo("[카페 헥사곤] 주문이 접수되었어요. 약 15분 뒤에 준비돼요."));
            Assert.That(OrderNotificationTexts.Ready("카페 헥사곤").Type, Is.EqualTo("ORDER_READY"));
            Assert.That(OrderNotificationTexts.PickedUp("카페 헥사곤").Type, Is.EqualTo("ORDER_PICKED_UP"));
            Assert.That(OrderNotificationTexts.Cancelled("카페 헥사곤", 12500).Body, Is.EqualTo("[카페 헥사곤] 주문이 취소되었어요. 12,500원이 환불될 예정이에요."));
            Assert.That(OrderNotificationTexts.Rejected("카페 헥사곤", 1234567).Body, Does.Contain("1,234,567원이 환불될 예정이에요."));
            Assert.That(OrderNotificationTexts.Rejected("카페 헥사곤", 0).Type, Is.EqualTo("ORDER_REJECTED"));
        });
    }

    [Test]
    public void Every_text_fits_the_columns()
    {
        var longName = new string('가', 100);
        var texts = new[]
        {
            OrderNotificationTexts.Paid(longName), OrderNotificationTexts.Accepted(longName, 120), OrderNotificationTexts.Ready(longName),
            OrderNotificationTexts.PickedUp(longName), OrderNotificationTexts.Cancelled(longName, long.MaxValue), OrderNotificationTexts.Rejected(longName, long.MaxValue),
        };

        Assert.That(texts.All(text => text.Title.Length <= NotificationContent.MaxTitleLength && text.Body.Length <= NotificationContent.MaxBodyLength
            && text.Type.Length <= NotificationType.MaxLength), Is.True);
    }
}
