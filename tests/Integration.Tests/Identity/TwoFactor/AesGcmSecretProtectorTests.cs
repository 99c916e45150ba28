using System.Security.Cryptography;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Identity.TwoFactor;

namespace Hexagon.Integration.Tests.Identity.TwoFactor;

/// <summary>TOTP secrets at rest: unreadable without the key, and bound to the user they were made for.</summary>
public sealed class AesGcmSecretProtectorTests
{
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(20);
    private readonly AesGcmSecretProtector _protector = new(Options(RandomNumberGenerator.GetBytes(32)));

    [Test]
    public void Round_trips_for_the_same_user_and_never_stores_the_plain_secret()
    {
        var protectedBytes = _protector.Protect(Secret, 42);

        Assert.That(protectedBytes, Has.Length.EqualTo(12 + 20 + 16), "nonce | ciphertext | tag fits VARBINARY(64)");
        Assert.That(Convert.ToHexString(protectedBytes), Does.Not.Contain(Convert.ToHexString(Secret)));
        Assert.That(_protector.Unprotect(protectedBytes, 42), Is.EqualTo(Secret));
    }

    [Test]
    public void Each_protection_uses_a_fresh_nonce()
    {
        var first = _protector.Protect(Secret, 42);
        var second = _protector.Protect(Secret, 42);

        Assert.That(second, Is.Not.EqualTo(first), "GCM with a repeated nonce would leak the XOR of secrets");
    }

    [TestCase(0)]
    [TestCase(12)]
    [TestCase(47)]
    public void A_flipped_bit_anywhere_fails(int index)
    {
        var protectedBytes = _protector.Protect(Secret, 42);
        protectedBytes[index] ^= 0x01;

        Assert.That(_protector.Unprotect(protectedBytes, 42), Is.Null);
    }

    [Test]
    public void Another_users_secret_does_not_decrypt()
    {
        Assert.That(_protector.Unprotect(_protector.Protect(Secret, 42), 43), Is.Null);
    }

    [Test]
    public void Another_key_or_truncated_bytes_do_not_decrypt()
    {
        var other = new AesGcmSecretProtector(Options(RandomNumberGenerator.GetBytes(32)));
        var protectedBytes = _protector.Protect(Secret, 42);

        Assert.That(other.Unprotect(protectedBytes, 42), Is.Null);
        Assert.That(_protector.Unprotect(protectedBytes[..27], 42), Is.Null);
    }

    [Test]
    public void A_key_that_is_not_32_bytes_is_refused_at_construction()
    {
        Assert.Throws<InvalidOperationException>(() => _ = new AesGcmSecretProtector(Options(RandomNumberGenerator.GetBytes(16))));
    }

    private static TwoFactorOptions Options(byte[] key) => new() { EncryptionKey = Convert.ToBase64String(key) };
}
