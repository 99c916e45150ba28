using System.Text;
using Hexagon.Adapters.Web.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Adapters.Web.Identity.Tokens;

/// <summary>The HMAC key of access tokens: the UTF-8 bytes of Jwt:SigningKey, at least 32 of them.</summary>
public static class AccessTokenSigningKey
{
    public static SymmetricSecurityKey From(JwtOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bytes = Encoding.UTF8.GetBytes(options.SigningKey ?? "");
        if (bytes.Length < AccessTokenFormat.MinimumKeyBytes)
        {
            // The options validation already asks for 32 characters; this holds even if it is bypassed.
            throw new InvalidOperationException(
                $"{JwtOptions.Section}:{nameof(JwtOptions.SigningKey)} must be at least {AccessTokenFormat.MinimumKeyBytes} bytes.");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
