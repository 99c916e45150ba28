using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hexagon.Adapters.Notifications.Fcm;

/// <summary>The fields of a Google service-account JSON key that the JWT-bearer grant needs. Never logged.</summary>
public sealed record ServiceAccountKey(
    [property: JsonPropertyName("client_email")] string ClientEmail,
    [property: JsonPropertyName("private_key")] string PrivateKey,
    [property: JsonPropertyName("private_key_id")] string? PrivateKeyId)
{
    /// <summary>Reads the key; a file that is not a service-account key is a configuration error, reported without its content.</summary>
    public static ServiceAccountKey Parse(string json)
    {
        ServiceAccountKey? key;
        try
        {
            key = JsonSerializer.Deserialize<ServiceAccountKey>(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException("The FCM service-account JSON cannot be read.", exception.InnerException);
        }

        if (key is null || string.IsNullOrWhiteSpace(key.ClientEmail) || string.IsNullOrWhiteSpace(key.PrivateKey))
        {
            throw new InvalidOperationException("The FCM service-account JSON lacks client_email or private_key.");
        }

        return key;
    }
}
