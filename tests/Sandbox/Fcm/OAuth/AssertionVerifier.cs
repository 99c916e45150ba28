using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hexagon.Sandbox.Fcm.OAuth;

/// <summary>
/// Checks a JWT-bearer assertion the way Google's token endpoint does: an RS256 JWS signed by the service
/// account's key, <c>iss</c> = its client_email, <c>aud</c> = the token URI (or Google's own, see
/// <see cref="GoogleAudience"/>), a scope that includes FCM's, and
/// <c>exp</c> in the future, at most an hour after <c>iat</c>. By hand, so the sandbox shares no JWT library
/// (and none of its leniencies) with the client under test.
/// </summary>
internal sealed class AssertionVerifier(ServiceAccount account, TimeProvider clock)
{
    // Google tolerates a little clock drift on iat; a client whose clock is minutes ahead is refused.
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Google's token endpoint accepts its canonical address as aud wherever the assertion is posted, and
    /// Google.Apis.Auth 1.78 relies on that: it posts to the JSON's token_uri but always signs this audience.
    /// </summary>
    public const string GoogleAudience = "https://oauth2.googleapis.com/token";

    /// <summary>Null when the assertion is good, otherwise the answer to give.</summary>
    public OAuthError? Check(string assertion, string expectedAudience)
    {
        var parts = assertion.Split('.');
        if (parts.Length != 3) return OAuthError.InvalidGrant("Invalid JWT: the assertion is not a compact JWS.");
        JsonElement header, claims;
        byte[] signature;
        try
        {
            header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0])).RootElement.Clone();
            claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1])).RootElement.Clone();
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return OAuthError.InvalidGrant("Invalid JWT: the assertion is not valid base64url JSON.");
        }
        if (header.ValueKind != JsonValueKind.Object || claims.ValueKind != JsonValueKind.Object)
            return OAuthError.InvalidGrant("Invalid JWT: header and claims must be JSON objects.");

        var algorithm = Text(header, "alg");
        if (algorithm != "RS256") return OAuthError.InvalidGrant($"Invalid JWT: unsupported algorithm '{algorithm}'.");
        if (Text(claims, "iss") != account.ClientEmail) return OAuthError.UnknownAccount;
        var keyId = Text(header, "kid");
        if (keyId is not null && account.KeyId is not null && keyId != account.KeyId) return OAuthError.BadSignature;
        var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
        if (!account.Key.VerifyData(signed, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            return OAuthError.BadSignature;

        var audience = Text(claims, "aud");
        if (audience != expectedAudience && audience != GoogleAudience) return OAuthError.BadAudience(expectedAudience);
        if (!TimesAreValid(claims)) return OAuthError.BadTimes;
        var scopes = (Text(claims, "scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return scopes.Contains(OAuthError.FirebaseMessagingScope) ? null : OAuthError.BadScope;
    }

    private bool TimesAreValid(JsonElement claims)
    {
        if (!TryTime(claims, "iat", out var issued) || !TryTime(claims, "exp", out var expires)) return false;
        var now = clock.GetUtcNow();
        return expires > now && issued <= now + AllowedSkew && expires > issued && expires - issued <= MaxLifetime;
    }

    private static bool TryTime(JsonElement claims, string name, out DateTimeOffset time)
    {
        time = default;
        if (!claims.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.Number
            || !value.TryGetInt64(out var seconds) || seconds is < 0 or > 253_402_300_799) return false;
        time = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
