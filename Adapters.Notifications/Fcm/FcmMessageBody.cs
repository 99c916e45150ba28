using System.Text.Json.Serialization;
using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Adapters.Notifications.Fcm;

/// <summary>The messages:send body: one token, the notification, string data, and Android's channel, icon and priority.</summary>
internal sealed record FcmMessageBody([property: JsonPropertyName("message")] FcmMessageBody.FcmMessage Message)
{
    public const string AndroidIcon = "ic_order";
    public const string AndroidChannel = "orders";

    public static FcmMessageBody For(PushMessage push) => new(new FcmMessage(
        push.Token,
        new FcmNotification(push.Title, push.Body),
        push.Data,
        new FcmAndroid("HIGH", new FcmAndroidNotification(AndroidIcon, AndroidChannel))));

    internal sealed record FcmMessage(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("notification")] FcmNotification Notification,
        [property: JsonPropertyName("data")] IReadOnlyDictionary<string, string> Data,
        [property: JsonPropertyName("android")] FcmAndroid Android);

    internal sealed record FcmNotification(
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("body")] string Body);

    internal sealed record FcmAndroid(
        [property: JsonPropertyName("priority")] string Priority,
        [property: JsonPropertyName("notification")] FcmAndroidNotification Notification);

    internal sealed record FcmAndroidNotification(
        [property: JsonPropertyName("icon")] string Icon,
        [property: JsonPropertyName("channel_id")] string ChannelId);
}
