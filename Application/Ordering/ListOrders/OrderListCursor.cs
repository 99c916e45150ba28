using System.Text.Json.Serialization;
using Hexagon.Application.Common.Paging;

namespace Hexagon.Application.Ordering.ListOrders;

/// <summary>
/// The opaque cursor of "my orders": a <see cref="TaggedCursor"/> holding the last order's id and the customer it
/// belongs to, so a tampered cursor or one replayed by another customer is refused rather than followed.
/// </summary>
public static class OrderListCursor
{
    private const int Version = 1;
    private const string Kind = "orders";

    public static string Encode(long userId, long lastOrderId) => TaggedCursor.Encode(new Payload(Version, Kind, lastOrderId, userId));

    /// <summary>The order id the cursor points after, or null when it is not one of ours for this customer.</summary>
    public static long? TryDecode(string cursor, long userId)
    {
        var payload = TaggedCursor.TryDecode<Payload>(cursor);
        return payload is { V: Version, S: Kind, Id: > 0 } && payload.U == userId ? payload.Id : null;
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("s")] string S,
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("u")] long U);
}
