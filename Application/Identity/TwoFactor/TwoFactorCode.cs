using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Application.Identity.TwoFactor;

/// <summary>Checks a presented code against a protected secret; shared by enable, disable and login.</summary>
internal static class TwoFactorCode
{
    /// <summary>The matching step, or null for a wrong or malformed code.</summary>
    public static long? MatchingStep(ISecretProtector protector, byte[] protectedSecret, long userId, string? code, DateTimeOffset now)
    {
        if (!Totp.IsWellFormed(code))
        {
            return null;
        }

        // A secret that no longer decrypts means the key changed or the row was altered: a fault to fix, not a wrong code.
        var secret = protector.Unprotect(protectedSecret, userId)
            ?? throw new InvalidOperationException($"The two-factor secret of user {userId} cannot be decrypted with the configured key.");
        return Totp.MatchingStep(secret, code, now);
    }
}
