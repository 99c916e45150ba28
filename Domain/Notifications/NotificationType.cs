namespace Hexagon.Domain.Notifications;

/// <summary>
/// What a notification is about, as stored (notifications.type) and sent to the app (the push's data.type). One type
/// per order event; the app branches on these strings, so they never change meaning.
/// </summary>
public static class NotificationType
{
    public const string OrderPaid = "ORDER_PAID";
    public const string OrderAccepted = "ORDER_ACCEPTED";
    public const string OrderReady = "ORDER_READY";
    public const string OrderPickedUp = "ORDER_PICKED_UP";
    public const string OrderCancelled = "ORDER_CANCELLED";
    public const string OrderRejected = "ORDER_REJECTED";

    public const int MaxLength = 32;
}
