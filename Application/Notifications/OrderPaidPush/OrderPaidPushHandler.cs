using System.Text.Json;
using Hexagon.Application.Alerts;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Domain.Notifications;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Notifications.OrderPaidPush;

/// <summary>
/// Delivers "push.order-paid" (written with every placed order): stores the customer's "paid" notification once, then
/// pushes it to each of their devices. It runs after the order's commit, so nothing here can fail or delay an order.
/// A delivery repeated by the relay keeps one notification row but may push again to a device that already got it
/// (at least once, as FCM itself is). Dead tokens are deleted; a transient failure retries the whole message
/// (honouring Retry-After); a configuration error alerts the operators and dead-letters the message.
/// </summary>
public sealed class OrderPaidPushHandler(
    INotificationRepository notifications,
    IStoreNames stores,
    IPushTokens tokens,
    IPushSender pushes,
    IAlertSink alerts,
    TimeProvider clock,
    ILogger<OrderPaidPushHandler> logger) : IOutboxHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Type => OrderEvents.PushOrderPaid;

    public async Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var order = ReadPayload(message.Payload);
        if (order is null)
        {
            return OutboxHandling.Dead("unreadable push.order-paid payload");
        }

        var storeName = await stores.FindNameAsync(order.StoreId, cancellationToken).ConfigureAwait(false);
        var content = OrderNotificationTexts.Paid(storeName);
        var stored = await notifications.AddIfAbsentAsync(new NewNotification(order.UserId, content, order.OrderNo, clock.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        if (!stored)
        {
            // The customer deleted their account since: nobody to tell (their device tokens went with it).
            return OutboxHandling.Done();
        }

        var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = content.Type, ["orderNo"] = order.OrderNo };
        var transient = new List<PushResult>();
        foreach (var token in await tokens.ListForUserAsync(order.UserId, cancellationToken).ConfigureAwait(false))
        {
            var result = await pushes.SendAsync(new PushMessage(token, content.Title, content.Body, data), cancellationToken).ConfigureAwait(false);
            switch (result.Kind)
            {
                case PushResultKind.TokenGone:
                    await tokens.DeleteAsync(token, cancellationToken).ConfigureAwait(false);
                    logger.LogInformation("Deleted a device token of user {UserId}: {Reason}", order.UserId, result.Reason);
                    break;
                case PushResultKind.Transient:
                    transient.Add(result);
                    break;
                case PushResultKind.Misconfigured:
                    await alerts.RaiseAsync(OperatorAlerts.PushMisconfigured(result.Reason ?? "unknown"), cancellationToken).ConfigureAwait(false);
                    return OutboxHandling.Dead($"push configuration error: {result.Reason}");
                case PushResultKind.Disabled:
                    logger.LogWarning("Push of order {OrderNo} skipped: {Reason}", order.OrderNo, result.Reason);
                    return OutboxHandling.Done();
                case PushResultKind.Delivered:
                default:
                    break;
            }
        }

        if (transient.Count == 0)
        {
            return OutboxHandling.Done();
        }

        // The longest Retry-After any device's answer asked for; none → the relay's own back-off.
        var retryAfter = transient.Max(result => result.RetryAfter);
        return OutboxHandling.Retry($"push of order {order.OrderNo} failed for {transient.Count} device(s): {transient[0].Reason}", retryAfter);
    }

    private static OrderEventPayload? ReadPayload(string payload)
    {
        try
        {
            var order = JsonSerializer.Deserialize<OrderEventPayload>(payload, Json);
            return order is { UserId: > 0, StoreId: > 0 } && !string.IsNullOrWhiteSpace(order.OrderNo) ? order : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
