using Hexagon.Application.Identity.Ports;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>The two-factor columns of a users row as Dapper reads them.</summary>
internal sealed class TwoFactorRow
{
    public const string Columns = "totp_secret AS Secret, totp_pending_secret AS PendingSecret, totp_enabled_at AS EnabledAt";

    public byte[]? Secret { get; init; }

    public byte[]? PendingSecret { get; init; }

    public DateTime? EnabledAt { get; init; }

    public TwoFactorSecrets ToSecrets() => new(Secret, PendingSecret, Utc.From(EnabledAt));
}
