namespace Hexagon.Application.Ordering.CancelOrder;

/// <param name="Reason">Optional, at most 200 characters; kept in the status history and sent to Toss as the cancel reason.</param>
public sealed record CancelOrderCommand(long UserId, string OrderNo, string? Reason);
