using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Identity.Tokens;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Integration.Tests.Identity.Web;

/// <summary>
/// Tokens for the bearer tests: real ones from the service's own issuer, and hand-built ones that differ from a real
/// token in exactly one way (header, payload, key or algorithm).
/// </summary>
internal static class TestAccessTokens
{
    public const string Issuer = "hexagon-test";
    public const string Audience = "hexagon-test-app";

    /// <summary>64 bytes: long enough to sign HS512 with the service's own key, to show the algorithm is pinned.</summary>
    public const string SigningKey = "bearer-test-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz-0123";

    public static readonly JwtOptions Options = new() { Issuer = Issuer, Audience = Audience, SigningKey = SigningKey, AccessTokenMinutes = 15 };

    public static Dictionary<string, string?> Settings => new()
    {
        ["Jwt:Issuer"] = Issuer,
        ["Jwt:Audience"] = Audience,
        ["Jwt:SigningKey"] = SigningKey,
        ["Jwt:AccessTokenMinutes"] = "15",
    };

    public static string Issue(long userId, string role, DateTimeOffset? now = null) =>
        new JwtAccessTokenIssuer(Options).Issue(userId, role, now ?? DateTimeOffset.UtcNow).Token;

    /// <summary>A compact JWS with the given header and payload, signed (or not, for "none") as the header says.</summary>
    public static string Sign(object header, object payload, string key = SigningKey)
    {
        var signingInput = Base64UrlEncoder.Encode(JsonSerializer.Serialize(header)) + "." + Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload));
        var keyBytes = Encoding.UTF8.GetBytes(key);
        var data = Encoding.ASCII.GetBytes(signingInput);
        var alg = JsonSerializer.SerializeToElement(header).GetProperty("alg").GetString();
        var signature = alg switch
        {
            "HS256" => HMACSHA256.HashData(keyBytes, data),
            "HS512" => HMACSHA512.HashData(keyBytes, data),
            "none" => [],
            _ => throw new ArgumentException($"The test cannot sign {alg}.", nameof(header)),
        };
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>The claims a real token carries, for the hand-built ones to start from.</summary>
    public static Dictionary<string, object> Payload(string sub = "42", string role = "CUSTOMER", string iss = Issuer, string aud = Audience)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new Dictionary<string, object>
        {
            ["sub"] = sub,
            ["role"] = role,
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["iat"] = now,
            ["exp"] = now + 900,
            ["iss"] = iss,
            ["aud"] = aud,
        };
    }

    public static object Header(string alg = "HS256", string typ = "at+jwt") => new Dictionary<string, string> { ["alg"] = alg, ["typ"] = typ };
}
