using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

/// <summary>
/// A JWT-bearer assertion built by hand (header, claims, RS256 over "header.claims"), not by a JWT library, so the
/// sandbox's verification is checked against the RFC rather than against a library's habits. Every claim can be
/// bent to make the bad cases.
/// </summary>
internal sealed record TestAssertion(string Issuer, string Audience, string? Scope, DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt, string? KeyId, string Algorithm = "RS256")
{
    public const string FcmScope = "https://www.googleapis.com/auth/firebase.messaging";

    public static TestAssertion For(string issuer, string audience, DateTimeOffset now, string? keyId) =>
        new(issuer, audience, FcmScope, now, now.AddHours(1), keyId);

    public string SignWith(RSA key)
    {
        var header = new Dictionary<string, object> { ["alg"] = Algorithm, ["typ"] = "JWT" };
        if (KeyId is not null) header["kid"] = KeyId;
        var claims = new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = Audience,
            ["iat"] = IssuedAt.ToUnixTimeSeconds(),
            ["exp"] = ExpiresAt.ToUnixTimeSeconds(),
        };
        if (Scope is not null) claims["scope"] = Scope;
        var signingInput = Encode(header) + "." + Encode(claims);
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    private static string Encode(object part) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(part));
}
