namespace Hexagon.Domain.Ordering;

/// <summary>The wire and column spelling of <see cref="OrderStatus"/> (PICKED_UP, AUTO_CANCELED) and the Korean name the app shows.</summary>
public static class OrderStatusNames
{
    private static readonly Dictionary<OrderStatus, string> Codes = new()
    {
        [OrderStatus.Paid] = "PAID",
        [OrderStatus.Accepted] = "ACCEPTED",
        [OrderStatus.Ready] = "READY",
        [OrderStatus.PickedUp] = "PICKED_UP",
        [OrderStatus.Canceled] = "CANCELED",
        [OrderStatus.Rejected] = "REJECTED",
        [OrderStatus.AutoCanceled] = "AUTO_CANCELED",
    };

    private static readonly Dictionary<OrderStatus, string> Korean = new()
    {
        [OrderStatus.Paid] = "결제 완료",
        [OrderStatus.Accepted] = "주문 접수",
        [OrderStatus.Ready] = "픽업 대기",
        [OrderStatus.PickedUp] = "픽업 완료",
        [OrderStatus.Canceled] = "주문 취소",
        [OrderStatus.Rejected] = "주문 거절",
        [OrderStatus.AutoCanceled] = "자동 취소",
    };

    private static readonly Dictionary<string, OrderStatus> ByCode = Codes.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string Code(this OrderStatus status) => Codes[status];

    public static string KoreanName(this OrderStatus status) => Korean[status];

    public static OrderStatus Parse(string code) => ByCode.TryGetValue(code, out var status)
        ? status
        : throw new ArgumentOutOfRangeException(nameof(code), code, "Not an order status.");

    /// <summary>The states that end an order with its money given back.</summary>
    public static bool IsRefunded(this OrderStatus status) => status is OrderStatus.Canceled or OrderStatus.Rejected or OrderStatus.AutoCanceled;
}
