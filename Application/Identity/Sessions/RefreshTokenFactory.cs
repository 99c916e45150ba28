using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Hexagon.Domain.Identity;

namespace Hexagon.Application.Identity.Sessions;

/// <summary>
/// Refresh tokens are opaque random strings, not JWTs: nothing in them to parse or forge, and a JWT access token
/// presented in their place simply hashes to no session. A plain SHA-256 is enough to store them: 256 random bits
/// cannot be guessed, so the slow salted hashing that passwords need would buy nothing.
/// </summary>
public static class RefreshTokenFactory
{
    public const int TokenBytes = 32;

    private const int FamilyIdBytes = 16;

    /// <summary>A new token: 32 bytes from the OS's CSPRNG as base64url without padding (43 characters), and its hash.</summary>
    public static NewRefreshToken Create()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        return new NewRefreshToken(token, Hash(token));
    }

    /// <summary>The hash a presented token is looked up by. Any string hashes; a wrong one just matches no session.</summary>
    public static RefreshTokenHash Hash(string? token) =>
        RefreshTokenHash.FromBytes(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));

    /// <summary>A new family id: 128 random bits as 32 lower-case hex characters.</summary>
    public static string NewFamilyId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(FamilyIdBytes));
}
