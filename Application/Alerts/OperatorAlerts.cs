using System.Globalization;
using Hexagon.Application.Alerts.Ports;

namespace Hexagon.Application.Alerts;

/// <summary>
/// The alerts the service raises, built in one place so their keys (what rate limiting groups by) and their texts
/// (ids and codes only) stay consistent. Keys group by cause, not by occurrence: a broken configuration alerts once a
/// minute, not once per order.
/// </summary>
public static class OperatorAlerts
{
    public static OperatorAlert DeadLettered(long messageId, string type, string reason) => new(
        $"outbox-dead:{type}",
        string.Create(CultureInfo.InvariantCulture, $":rotating_light: Outbox message {messageId} ({type}) was dead-lettered: {Cut(reason)}"));

    public static OperatorAlert PushMisconfigured(string reason) => new(
        "push-misconfigured",
        $":rotating_light: FCM refused our configuration ({Cut(reason)}); pushes are failing until it is fixed.");

    /// <summary>A Toss error that is our fault (TOSS_AND_FCM.md class M): our code and Toss's code, never its message.</summary>
    public static OperatorAlert PaymentMerchantFault(string orderId, string tossCode) => new(
        $"payment-merchant-fault:{tossCode}",
        $":rotating_light: Toss answered {tossCode} for order {orderId}: a merchant-side (configuration) error.");

    /// <summary>Toss approved a payment whose order id or amount is not the checkout's; it was cancelled at once.</summary>
    public static OperatorAlert PaymentMismatch(string orderId, bool cancelled) => new(
        $"payment-mismatch:{orderId}",
        $":rotating_light: Toss approved a payment for order {orderId} that does not match the checkout; "
        + (cancelled ? "it was cancelled at once." : "cancelling it FAILED: refund it by hand."));

    public static OperatorAlert RefundFailed(string orderId, string reason) => new(
        $"refund-failed:{orderId}",
        $":rotating_light: The refund of order {orderId} failed and needs an operator: {Cut(reason)}");

    /// <summary>An unhandled 5xx: the route template (not the path, which may hold ids of people), the trace id and the exception type.</summary>
    public static OperatorAlert UnhandledServerError(string method, string routeTemplate, string exceptionType, string? traceId) => new(
        $"server-error:{method} {routeTemplate}:{exceptionType}",
        $":rotating_light: {method} {routeTemplate} failed with {exceptionType} (trace {traceId ?? "-"}).");

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
