using Hexagon.Domain.Ordering;

namespace Hexagon.Adapters.Web.Ordering;

/// <param name="From">Null for the first row (the order was placed PAID).</param>
public sealed record OrderHistoryResponse(string? From, string To, string Actor, string? Reason, DateTimeOffset At)
{
    public static OrderHistoryResponse Of(OrderTransition transition) =>
        new(transition.From?.Code(), transition.To.Code(), transition.Actor, transition.Reason, transition.At);
}
