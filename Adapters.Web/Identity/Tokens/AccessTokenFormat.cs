using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Adapters.Web.Identity.Tokens;

/// <summary>What an access token of this service looks like, shared by the issuer and the bearer validation.</summary>
public static class AccessTokenFormat
{
    /// <summary>The JWT "typ" header of access tokens (RFC 9068): a JWT of another kind is not an access token.</summary>
    public const string TokenType = "at+jwt";

    public const string Algorithm = SecurityAlgorithms.HmacSha256;

    public const string SubjectClaim = "sub";
    public const string RoleClaim = "role";
    public const string TokenIdClaim = "jti";

    /// <summary>HMAC-SHA256 is only as strong as its key: anything under 256 bits is refused, not padded.</summary>
    public const int MinimumKeyBytes = 32;
}
