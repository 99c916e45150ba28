using Hexagon.Domain.Identity;

namespace Hexagon.Domain.Tests.Identity;

public sealed class RefreshSessionTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    private static readonly string Family = new('f', 32);

    private static RefreshTokenHash Hash(byte seed) => RefreshTokenHash.FromBytes(Enumerable.Repeat(seed, 32).ToArray());

    private static RefreshSession Stored(DateTimeOffset? usedAt = null, DateTimeOffset? revokedAt = null) =>
        RefreshSession.Restore(7, 42, Family, Hash(1), "device-1", "HexagonApp/1.0", Now, Now + Lifetime, usedAt, revokedAt, null);

    [Test]
    public void A_new_session_lives_for_the_lifetime_and_is_usable_until_then()
    {
        var session = RefreshSession.Start(42, Family, Hash(1), " device-1 ", "HexagonApp/1.0", Now, Lifetime);

        Assert.That(session.ExpiresAt, Is.EqualTo(Now + Lifetime));
        Assert.That(session.DeviceId, Is.EqualTo("device-1"));
        Assert.That(session.IsUsable(Now), Is.True);
        Assert.That(session.StatusAt(Now + Lifetime - TimeSpan.FromTicks(1)), Is.EqualTo(RefreshSessionStatus.Usable));
        Assert.That(session.StatusAt(Now + Lifetime), Is.EqualTo(RefreshSessionStatus.Expired));
    }

    [Test]
    public void Blank_device_and_user_agent_are_not_kept()
    {
        var session = RefreshSession.Start(42, Family, Hash(1), "  ", "", Now, Lifetime);

        Assert.That(session.DeviceId, Is.Null);
        Assert.That(session.UserAgent, Is.Null);
    }

    [Test]
    public void A_long_user_agent_is_cut_to_255_without_splitting_a_character()
    {
        var plain = RefreshSession.Start(42, Family, Hash(1), null, new string('a', 300), Now, Lifetime);
        var emojiAtTheCut = RefreshSession.Start(42, Family, Hash(1), null, new string('a', 254) + "😀" + "tail", Now, Lifetime);

        Assert.That(plain.UserAgent, Has.Length.EqualTo(255));
        Assert.That(emojiAtTheCut.UserAgent, Is.EqualTo(new string('a', 254)));
    }

    [Test]
    public void A_device_id_longer_than_the_column_is_refused_not_cut()
    {
        Assert.That(RefreshSession.CheckDeviceId(new string('d', 255)).IsSuccess, Is.True);
        Assert.That(RefreshSession.CheckDeviceId(null).IsSuccess, Is.True);
        Assert.That(RefreshSession.CheckDeviceId(new string('d', 256)).Error, Is.EqualTo(IdentityErrors.DeviceIdTooLong));
    }

    [Test]
    public void A_used_token_presented_again_is_reuse_even_after_it_expired()
    {
        var used = Stored(usedAt: Now.AddMinutes(5));

        Assert.That(used.StatusAt(Now.AddMinutes(6)), Is.EqualTo(RefreshSessionStatus.Reused));
        Assert.That(used.StatusAt(Now + Lifetime + TimeSpan.FromDays(1)), Is.EqualTo(RefreshSessionStatus.Reused));
        Assert.That(used.IsUsable(Now.AddMinutes(6)), Is.False);
    }

    [Test]
    public void Revoked_wins_over_used_and_expired()
    {
        var revoked = Stored(usedAt: Now.AddMinutes(5), revokedAt: Now.AddMinutes(6));

        Assert.That(revoked.StatusAt(Now.AddMinutes(7)), Is.EqualTo(RefreshSessionStatus.Revoked));
        Assert.That(revoked.StatusAt(Now + Lifetime + Lifetime), Is.EqualTo(RefreshSessionStatus.Revoked));
    }

    [Test]
    public void Rotation_continues_the_family_on_the_same_device_with_a_fresh_lifetime()
    {
        var later = Now.AddDays(3);

        var successor = Stored().Rotate(Hash(2), "HexagonApp/1.1", later, Lifetime);

        Assert.That(successor.Id, Is.Zero);
        Assert.That(successor.UserId, Is.EqualTo(42));
        Assert.That(successor.FamilyId, Is.EqualTo(Family));
        Assert.That(successor.DeviceId, Is.EqualTo("device-1"));
        Assert.That(successor.UserAgent, Is.EqualTo("HexagonApp/1.1"));
        Assert.That(successor.TokenHash, Is.EqualTo(Hash(2)));
        Assert.That(successor.ExpiresAt, Is.EqualTo(later + Lifetime));
        Assert.That(successor.IsUsable(later), Is.True);
    }

    [Test]
    public void Rotation_keeps_the_old_user_agent_when_none_is_presented() =>
        Assert.That(Stored().Rotate(Hash(2), null, Now, Lifetime).UserAgent, Is.EqualTo("HexagonApp/1.0"));

    [Test]
    public void Only_a_usable_session_rotates()
    {
        Assert.Throws<InvalidOperationException>(() => Stored(usedAt: Now).Rotate(Hash(2), null, Now, Lifetime));
        Assert.Throws<InvalidOperationException>(() => Stored(revokedAt: Now).Rotate(Hash(2), null, Now, Lifetime));
        Assert.Throws<InvalidOperationException>(() => Stored().Rotate(Hash(2), null, Now + Lifetime, Lifetime));
    }

    [Test]
    public void A_family_id_is_32_characters() =>
        Assert.Throws<ArgumentException>(() => RefreshSession.Start(42, "short", Hash(1), null, null, Now, Lifetime));
}
