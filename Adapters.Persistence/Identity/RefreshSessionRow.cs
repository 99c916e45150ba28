using Hexagon.Domain.Identity;

namespace Hexagon.Adapters.Persistence.Identity;

/// <summary>A refresh_sessions row as Dapper reads it; times are UTC.</summary>
internal sealed class RefreshSessionRow
{
    public const string Columns = """
        id AS Id, user_id AS UserId, family_id AS FamilyId, token_hash AS TokenHash, device_id AS DeviceId,
        user_agent AS UserAgent, created_at AS CreatedAt, expires_at AS ExpiresAt, used_at AS UsedAt,
        revoked_at AS RevokedAt, replaced_by_id AS ReplacedById
        """;

    public long Id { get; init; }

    public long UserId { get; init; }

    public string FamilyId { get; init; } = "";

    public byte[] TokenHash { get; init; } = [];

    public string? DeviceId { get; init; }

    public string? UserAgent { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime ExpiresAt { get; init; }

    public DateTime? UsedAt { get; init; }

    public DateTime? RevokedAt { get; init; }

    public long? ReplacedById { get; init; }

    public RefreshSession ToSession() => RefreshSession.Restore(
        Id, UserId, FamilyId, RefreshTokenHash.FromBytes(TokenHash), DeviceId, UserAgent,
        Utc.From(CreatedAt), Utc.From(ExpiresAt), Utc.From(UsedAt), Utc.From(RevokedAt), ReplacedById);
}
