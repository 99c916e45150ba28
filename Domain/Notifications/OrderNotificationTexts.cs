using System.Globalization;

namespace Hexagon.Domain.Notifications;

/// <summary>
/// The Korean texts of the order events. Only "paid" is sent today (after an order is placed); the others are the
/// templates the store-side events (accept, ready, pick-up, cancel, reject) will use. A store name that cannot be
/// found is left out rather than shown empty.
/// </summary>
public static class OrderNotificationTexts
{
    public static NotificationContent Paid(string? storeName) =>
        new(NotificationType.OrderPaid, "결제 완료", $"{Prefix(storeName)}결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요.");

    public static NotificationContent Accepted(string? storeName, int prepMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prepMinutes);
        return new(NotificationType.OrderAccepted, "주문 접수",
            string.Create(CultureInfo.InvariantCulture, $"{Prefix(storeName)}주문이 접수되었어요. 약 {prepMinutes}분 뒤에 준비돼요."));
    }

    public static NotificationContent Ready(string? storeName) =>
        new(NotificationType.OrderReady, "픽업 준비 완료", $"{Prefix(storeName)}주문하신 메뉴가 준비되었어요. 매장에서 픽업해 주세요.");

    public static NotificationContent PickedUp(string? storeName) =>
        new(NotificationType.OrderPickedUp, "픽업 완료", $"{Prefix(storeName)}픽업이 완료되었어요. 맛있게 드세요!");

    public static NotificationContent Cancelled(string? storeName, long refundAmount) =>
        new(NotificationType.OrderCancelled, "주문 취소", $"{Prefix(storeName)}주문이 취소되었어요. {Won(refundAmount)}이 환불될 예정이에요.");

    public static NotificationContent Rejected(string? storeName, long refundAmount) =>
        new(NotificationType.OrderRejected, "주문 거절", $"{Prefix(storeName)}가게 사정으로 주문이 거절되었어요. {Won(refundAmount)}이 환불될 예정이에요.");

    private static string Prefix(string? storeName) => string.IsNullOrWhiteSpace(storeName) ? "" : $"[{storeName.Trim()}] ";

    private static string Won(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        return amount.ToString("#,0", CultureInfo.InvariantCulture) + "원";
    }
}
