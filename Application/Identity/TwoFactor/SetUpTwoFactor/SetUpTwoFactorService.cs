using System.Globalization;
using System.Security.Cryptography;
using Hexagon.Application.Errors;
using Hexagon.Application.Identity.Ports;
using Hexagon.Domain.Common;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;

/// <summary>
/// Refused while 2FA is on: replacing the active secret must go through disable (which needs a code), or a stolen
/// access token alone could move the second factor to the thief's phone.
/// </summary>
public sealed class SetUpTwoFactorService(
    IUserRepository users, ITwoFactorRepository twoFactor, ISecretProtector protector, string issuer, TimeProvider timeProvider) : ISetUpTwoFactor
{
    public async Task<Result<TwoFactorSetup>> SetUpAsync(long userId, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId, cancellationToken).ConfigureAwait(false);
        var state = user is null ? null : await twoFactor.FindAsync(userId, cancellationToken).ConfigureAwait(false);
        if (user is null || state is null)
        {
            return ErrorCatalog.UserNotFound;
        }

        if (state.IsEnabled)
        {
            return ErrorCatalog.TwoFactorAlreadyEnabled;
        }

        var secret = RandomNumberGenerator.GetBytes(Totp.SecretBytes);
        await twoFactor.SetPendingSecretAsync(userId, protector.Protect(secret, userId), timeProvider.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        var base32 = Base32.Encode(secret);
        return new TwoFactorSetup(base32, OtpauthUri(base32, user.Email));
    }

    private string OtpauthUri(string secret, string email)
    {
        // Key Uri Format: "issuer:account" label, escaped; '@' is left readable as the format's own examples do.
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(email).Replace("%40", "@", StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{label}?secret={secret}&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Totp.Digits}&period={Totp.StepSeconds}");
    }
}
