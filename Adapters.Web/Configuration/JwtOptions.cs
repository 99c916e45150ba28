using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Configuration;

/// <summary>Access and refresh token settings (section "Jwt"). Used by the identity work; validated from day one.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    [Required]
    public string Issuer { get; set; } = "";

    [Required]
    public string Audience { get; set; } = "";

    /// <summary>HMAC-SHA256 key, at least 32 bytes of entropy. A secret: Jwt__SigningKey in the environment.</summary>
    [Required, MinLength(32)]
    public string SigningKey { get; set; } = "";

    [Range(1, 120)]
    public int AccessTokenMinutes { get; set; } = 15;

    [Range(1, 90)]
    public int RefreshTokenDays { get; set; } = 14;
}
