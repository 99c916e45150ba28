using System.Text.Json;

namespace Hexagon.Adapters.Notifications.Fcm;

/// <summary>An FCM v1 error body: {"error": {"code", "status", "message", "details": [{"errorCode"}]}}; tolerant of anything else.</summary>
internal sealed record FcmError(string? Status, string? ErrorCode, string? Message)
{
    public static FcmError Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return new FcmError(null, null, null);
            }

            string? errorCode = null;
            if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
            {
                errorCode = details.EnumerateArray()
                    .Where(detail => detail.ValueKind == JsonValueKind.Object && detail.TryGetProperty("errorCode", out var code) && code.ValueKind == JsonValueKind.String)
                    .Select(detail => detail.GetProperty("errorCode").GetString())
                    .FirstOrDefault();
            }

            return new FcmError(Text(error, "status"), errorCode, Text(error, "message"));
        }
        catch (JsonException)
        {
            return new FcmError(null, null, null);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
