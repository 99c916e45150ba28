namespace Hexagon.Application.Ordering.PlaceOrder;

/// <summary>
/// The JSON payload of the order outbox messages (camelCase): {orderNo, userId, storeId, totalAmount, placedAt}.
/// placedAt is UTC with its offset; rankings turn it into the Korean day and ISO week the order belongs to.
/// </summary>
public sealed record OrderEventPayload(string OrderNo, long UserId, long StoreId, long TotalAmount, DateTimeOffset PlacedAt);
