namespace Hexagon.Application.Identity.Ports;

/// <summary>
/// A user's stored two-factor state, secrets still protected. <see cref="Secret"/> is set once enabled;
/// <see cref="PendingSecret"/> is one handed out by setup and not yet confirmed with a code.
/// </summary>
public sealed record TwoFactorSecrets(byte[]? Secret, byte[]? PendingSecret, DateTimeOffset? EnabledAt)
{
    public bool IsEnabled => Secret is not null;
}
