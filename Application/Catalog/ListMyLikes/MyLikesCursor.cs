using System.Text.Json.Serialization;
using Hexagon.Application.Common.Paging;
using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Application.Catalog.ListMyLikes;

/// <summary>
/// The opaque cursor of "my likes", a <see cref="TaggedCursor"/> whose versioned payload holds the last row's exact
/// like time (microseconds) and store id, and the customer it belongs to. The tag catches a changed byte; the user id catches a cursor replayed by another
/// customer. A forged cursor gains nothing: it only positions a walk over the caller's own likes.
/// </summary>
public static class MyLikesCursor
{
    private const int Version = 1;
    private const string Kind = "likes";

    public static string Encode(long userId, LikedStorePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return TaggedCursor.Encode(new Payload(Version, Kind, position.LikedAtMicroseconds, position.StoreId, userId));
    }

    /// <summary>The position the cursor points after, or null when it is not one of ours for this customer.</summary>
    public static LikedStorePosition? TryDecode(string cursor, long userId)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var payload = TaggedCursor.TryDecode<Payload>(cursor);
        // Up to year 9999 (DATETIME's range), so the position always converts back to a time.
        const long maxMicroseconds = 253_402_300_799_999_999L;
        var matches = payload is not null
            && payload.V == Version
            && payload.S == Kind
            && payload.U == userId
            && payload.Id > 0
            && payload.T is >= 0 and <= maxMicroseconds;
        return matches ? new LikedStorePosition(payload!.T, payload.Id) : null;
    }

    private sealed record Payload(
        [property: JsonPropertyName("v")] int V,
        [property: JsonPropertyName("s")] string S,
        [property: JsonPropertyName("t")] long T,
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("u")] long U);
}
