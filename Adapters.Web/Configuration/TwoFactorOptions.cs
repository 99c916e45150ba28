using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Configuration;

/// <summary>Two-factor settings (section "TwoFactor"). Validated at start, so a missing key stops the service early.</summary>
public sealed class TwoFactorOptions : IValidatableObject
{
    public const string Section = "TwoFactor";
    public const int KeyBytes = 32;

    /// <summary>
    /// Base64 of a 32-byte AES-256 key that encrypts TOTP secrets at rest. A secret: TwoFactor__EncryptionKey in the
    /// environment. Changing it makes every enabled secret unreadable (users must set 2FA up again).
    /// </summary>
    [Required]
    public string EncryptionKey { get; set; } = "";

    /// <summary>Shown by authenticator apps next to the account.</summary>
    [Required]
    public string Issuer { get; set; } = "Hexagon";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (KeyBytesOrNull() is null)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(EncryptionKey)} must be the base64 of exactly {KeyBytes} random bytes (e.g. `openssl rand -base64 32`).",
                [nameof(EncryptionKey)]);
        }
    }

    /// <summary>The decoded key, or null when it is not base64 of exactly 32 bytes.</summary>
    public byte[]? KeyBytesOrNull()
    {
        var buffer = new byte[KeyBytes + 3];
        return Convert.TryFromBase64String(EncryptionKey ?? "", buffer, out var written) && written == KeyBytes ? buffer[..KeyBytes] : null;
    }
}
