using System.Text.Json.Serialization;
using Hexagon.Application.Common.Paging;
using Hexagon.Application.Promotions.Ports;

namespace Hexagon.Application.Promotions.ListMyPoints;

/// <summary>
/// The opaque cursor of "my points", a <see cref="TaggedCursor"/> whose versioned payload holds the last entry's id and
/// the customer it belongs to. The tag catches a changed byte; the user id catches a cursor replayed by another
/// customer. A forged cursor gains nothing: it only positions a walk over the caller's own ledger.
/// </summary>
public static class PointLedgerCursor
{
    private const int Version = 1;
    private const string Kind = "points";

    public static string Encode(long userId, PointLedgerPosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return TaggedCursor.Encode(new Payload(Version, Kind, position.EntryId, userId));
    }

    /// <summary>The position the cursor points after, or null when it is not one of ours for this customer.</summary>
    public static PointLedgerPosition? TryDecode(string cursor, long userId)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var payload = TaggedCursor.TryDecode<Payload>(cursor);
        var matches = payload is not null
            && payload.V == Version
            && payload.S == Kind
            && payload.U == userId
            && payload.Id > 0;
        return matches ? new PointLedgerPosition(payload!.Id) : null;
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("s")] string S,
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("u")] long U);
}
