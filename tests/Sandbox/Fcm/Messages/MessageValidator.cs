using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hexagon.Sandbox.Fcm.Api;

namespace Hexagon.Sandbox.Fcm.Messages;

/// <summary>
/// FCM's checks of a messages:send body that a client can get wrong, each answered 400 INVALID_ARGUMENT with
/// FCM's wording where known: unknown fields (proto JSON refuses them, which catches typos like "notifications"),
/// exactly one target, string-only <c>data</c> without reserved keys, string notification fields, at most
/// 4096 bytes, and a plausible registration token or topic name.
/// </summary>
internal static partial class MessageValidator
{
    public const int MaxMessageBytes = 4096;

    private static readonly string[] Targets = ["token", "topic", "condition"];

    // Proto JSON accepts the field names and their lowerCamelCase forms.
    private static readonly HashSet<string> MessageFields = new(StringComparer.Ordinal)
    {
        "name", "data", "notification", "android", "webpush", "apns", "fcm_options", "fcmOptions",
        "token", "topic", "condition",
    };

    private static readonly HashSet<string> NotificationFields = new(StringComparer.Ordinal) { "title", "body", "image" };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Null and the request when the body is acceptable, otherwise the 400 to answer.</summary>
    public static FcmReply? Check(JsonElement? body, out SendRequest? request)
    {
        request = null;
        if (body is not { ValueKind: JsonValueKind.Object } root)
            return FcmErrors.InvalidArgument("Invalid JSON payload received. Expected an object.");
        foreach (var field in root.EnumerateObject())
            if (field.Name is not ("message" or "validate_only" or "validateOnly"))
                return UnknownName(field.Name, null);
        if (!root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
            return FcmErrors.InvalidArgument("Request contains an invalid argument: 'message' must be an object.", "message");
        var validateOnly = (root.TryGetProperty("validate_only", out var flag) || root.TryGetProperty("validateOnly", out flag))
            && flag.ValueKind == JsonValueKind.True;

        foreach (var field in message.EnumerateObject())
            if (!MessageFields.Contains(field.Name)) return UnknownName(field.Name, "message");

        var set = Targets.Where(name => message.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null).ToList();
        if (set.Count == 0) return FcmErrors.InvalidArgument("Recipient of the message is not set.", "message");
        if (set.Count > 1)
            return FcmErrors.InvalidArgument(
                $"Invalid value at 'message' (oneof), oneof field 'target' is already set. Cannot set '{set[1]}'", "message");
        var target = message.GetProperty(set[0]);
        if (target.ValueKind != JsonValueKind.String) return NotAString($"message.{set[0]}", target);

        var problem = CheckData(message) ?? CheckNotification(message);
        if (problem is not null) return problem;

        var size = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(message, Compact));
        if (size > MaxMessageBytes)
            return FcmErrors.InvalidArgument($"Message is too big: {size} bytes, at most {MaxMessageBytes} are allowed.", "message");

        var value = target.GetString()!;
        if (set[0] == "token" && !TokenPattern().IsMatch(value))
            return FcmErrors.InvalidArgument("The registration token is not a valid FCM registration token", "message.token");
        if (set[0] == "topic" && !TopicPattern().IsMatch(value))
            return FcmErrors.InvalidArgument("Invalid topic name: it must match [a-zA-Z0-9-_.~%]{1,900}.", "message.topic");
        request = new SendRequest(message.Clone(), set[0], value, validateOnly);
        return null;
    }

    private static FcmReply? CheckData(JsonElement message)
    {
        if (!message.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null) return null;
        if (data.ValueKind != JsonValueKind.Object) return NotAString("message.data", data);
        var index = 0;
        foreach (var entry in data.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String) return NotAString($"message.data[{index}].value", entry.Value);
            if (IsReservedDataKey(entry.Name))
                return FcmErrors.InvalidArgument($"Invalid data payload key: {entry.Name}", $"message.data[{index}].key");
            index++;
        }
        return null;
    }

    private static FcmReply? CheckNotification(JsonElement message)
    {
        if (!message.TryGetProperty("notification", out var notification) || notification.ValueKind == JsonValueKind.Null)
            return null;
        if (notification.ValueKind != JsonValueKind.Object)
            return FcmErrors.InvalidArgument("Invalid value at 'message.notification': expected an object.", "message.notification");
        foreach (var field in notification.EnumerateObject())
        {
            if (!NotificationFields.Contains(field.Name)) return UnknownName(field.Name, "message.notification");
            if (field.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return NotAString($"message.notification.{field.Name}", field.Value);
        }
        return null;
    }

    // FCM reserves these in data: they would clash with what the client libraries put there themselves.
    private static bool IsReservedDataKey(string key) =>
        key is "from" or "notification" or "message_type"
        || key.StartsWith("google", StringComparison.Ordinal) || key.StartsWith("gcm", StringComparison.Ordinal);

    private static FcmReply NotAString(string field, JsonElement value) =>
        FcmErrors.InvalidArgument($"Invalid value at '{field}' (TYPE_STRING), {value.GetRawText()}", field);

    private static FcmReply UnknownName(string name, string? at) => FcmErrors.InvalidArgument(
        $"Invalid JSON payload received. Unknown name \"{name}\"{(at is null ? "" : $" at '{at}'")}: Cannot find field.", at);

    // Real tokens are ~150+ characters of this alphabet; the sandbox accepts any length so tests can use short ones.
    [GeneratedRegex("^[A-Za-z0-9_:.-]{1,4096}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[a-zA-Z0-9_.~%-]{1,900}$")]
    private static partial Regex TopicPattern();
}
