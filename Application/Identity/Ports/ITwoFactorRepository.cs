namespace Hexagon.Application.Identity.Ports;

/// <summary>
/// Two-factor secrets and the last accepted TOTP step of each user. Every write that accepts a code is one
/// conditional statement on the step (it must be later than the last accepted one), so a code works once even when
/// two requests present it at the same moment: the database lets exactly one of them through.
/// </summary>
public interface ITwoFactorRepository
{
    /// <summary>Null when the user does not exist.</summary>
    Task<TwoFactorSecrets?> FindAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Stores (or replaces) the pending secret; the enabled one, if any, is untouched.</summary>
    Task SetPendingSecretAsync(long userId, byte[] protectedSecret, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Promotes the pending secret to enabled and records <paramref name="step"/> as used. False when the pending
    /// secret is no longer <paramref name="expectedPending"/> (a new setup meanwhile), 2FA is already on, or the step
    /// is not later than the last accepted one.
    /// </summary>
    Task<bool> TryEnableAsync(long userId, byte[] expectedPending, long step, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Clears both secrets when 2FA is on and <paramref name="step"/> is unused; false otherwise.</summary>
    Task<bool> TryDisableAsync(long userId, long step, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="step"/> as used; false when it (or a later one) already was.</summary>
    Task<bool> TryUseStepAsync(long userId, long step, CancellationToken cancellationToken);
}
