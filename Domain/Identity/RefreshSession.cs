using Hexagon.Domain.Common;

namespace Hexagon.Domain.Identity;

/// <summary>
/// One refresh token's life: issued at login, sign-up or rotation, usable once. Rotation uses it up and starts its
/// successor in the same family (one family per login on one device). Presenting a used token again is the sign of a
/// copied token, and the whole family is revoked: the thief and the owner both have to log in again.
/// </summary>
public sealed class RefreshSession
{
    public const int FamilyIdLength = 32;

    public const int MaxDeviceIdLength = 255;

    public const int MaxUserAgentLength = 255;

    private RefreshSession(long id, long userId, string familyId, RefreshTokenHash tokenHash, string? deviceId, string? userAgent,
        DateTimeOffset createdAt, DateTimeOffset expiresAt, DateTimeOffset? usedAt, DateTimeOffset? revokedAt, long? replacedById)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(userId, 1);
        ArgumentNullException.ThrowIfNull(tokenHash);
        if (familyId is not { Length: FamilyIdLength })
        {
            throw new ArgumentException($"A family id is {FamilyIdLength} characters.", nameof(familyId));
        }

        if (deviceId is { Length: > MaxDeviceIdLength })
        {
            throw new ArgumentException($"A device id is at most {MaxDeviceIdLength} characters; validate it before.", nameof(deviceId));
        }

        (Id, UserId, FamilyId, TokenHash, DeviceId, UserAgent) = (id, userId, familyId, tokenHash, deviceId, userAgent);
        (CreatedAt, ExpiresAt, UsedAt, RevokedAt, ReplacedById) = (createdAt, expiresAt, usedAt, revokedAt, replacedById);
    }

    /// <summary>0 until stored.</summary>
    public long Id { get; }

    public long UserId { get; }

    public string FamilyId { get; }

    public RefreshTokenHash TokenHash { get; }

    public string? DeviceId { get; }

    public string? UserAgent { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    public DateTimeOffset? UsedAt { get; }

    public DateTimeOffset? RevokedAt { get; }

    /// <summary>The session this one was exchanged for: kept to trace a family's history, nothing reads it to decide.</summary>
    public long? ReplacedById { get; }

    /// <summary>The first session of a new family (a login or a sign-up).</summary>
    public static RefreshSession Start(long userId, string familyId, RefreshTokenHash tokenHash, string? deviceId, string? userAgent, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        return new RefreshSession(0, userId, familyId, tokenHash, Blank(deviceId), TruncateUserAgent(userAgent), now, now + lifetime, null, null, null);
    }

    /// <summary>The app's device id is optional; a longer one than the column holds is refused rather than cut.</summary>
    public static Result CheckDeviceId(string? deviceId) =>
        Blank(deviceId) is { Length: > MaxDeviceIdLength } ? IdentityErrors.DeviceIdTooLong : Result.Ok();

    public static RefreshSession Restore(long id, long userId, string familyId, RefreshTokenHash tokenHash, string? deviceId, string? userAgent,
        DateTimeOffset createdAt, DateTimeOffset expiresAt, DateTimeOffset? usedAt, DateTimeOffset? revokedAt, long? replacedById)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(id, 1);
        return new RefreshSession(id, userId, familyId, tokenHash, deviceId, userAgent, createdAt, expiresAt, usedAt, revokedAt, replacedById);
    }

    /// <summary>
    /// Revoked wins over everything (nothing left to end); then a used token is reuse even when it has expired too,
    /// because the family it came from may still be alive on the thief's side.
    /// </summary>
    public RefreshSessionStatus StatusAt(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return RefreshSessionStatus.Revoked;
        }

        if (UsedAt is not null)
        {
            return RefreshSessionStatus.Reused;
        }

        return now < ExpiresAt ? RefreshSessionStatus.Usable : RefreshSessionStatus.Expired;
    }

    public bool IsUsable(DateTimeOffset now) => StatusAt(now) == RefreshSessionStatus.Usable;

    /// <summary>
    /// The session that replaces this one: same user, family and device, a fresh lifetime. The caller marks this one
    /// used in the same transaction. The presented user agent replaces the old one when there is one.
    /// </summary>
    public RefreshSession Rotate(RefreshTokenHash nextTokenHash, string? userAgent, DateTimeOffset now, TimeSpan lifetime)
    {
        if (!IsUsable(now))
        {
            throw new InvalidOperationException($"Session {Id} is {StatusAt(now)}; only a usable session rotates.");
        }

        return Start(UserId, FamilyId, nextTokenHash, DeviceId, userAgent ?? UserAgent, now, lifetime);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? TruncateUserAgent(string? userAgent)
    {
        var value = Blank(userAgent);
        if (value is null || value.Length <= MaxUserAgentLength)
        {
            return value;
        }

        // Never cut between the two halves of a surrogate pair: the column would refuse the broken character.
        var length = char.IsHighSurrogate(value[MaxUserAgentLength - 1]) ? MaxUserAgentLength - 1 : MaxUserAgentLength;
        return value[..length];
    }
}
