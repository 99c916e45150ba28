using System.Text.Json.Serialization;
using Hexagon.Application.Common.Paging;

namespace Hexagon.Application.Notifications.ListNotifications;

/// <summary>
/// The opaque cursor of "my notifications": a <see cref="TaggedCursor"/> holding the last notification's id and its
/// owner, so a tampered cursor, one of another list or one replayed by another customer is refused.
/// </summary>
public static class NotificationListCursor
{
    private const int Version = 1;
    private const string Kind = "notifications";

    public static string Encode(long userId, long lastNotificationId) =>
        TaggedCursor.Encode(new Payload(Version, Kind, lastNotificationId, userId));

    /// <summary>The notification id the cursor points after, or null when it is not one of ours for this customer.</summary>
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
