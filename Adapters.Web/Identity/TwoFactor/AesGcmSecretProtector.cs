using System.Buffers.Binary;
using System.Security.Cryptography;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Application.Identity.Ports;

namespace Hexagon.Adapters.Web.Identity.TwoFactor;

/// <summary>
/// AES-256-GCM over TOTP secrets: nonce (12) | ciphertext | tag (16), with the user id as associated data so a
/// protected secret only decrypts for the account it was made for. It lives next to the other identity crypto
/// (Argon2id, JWT) and their configured keys; persistence only ever sees opaque bytes.
/// </summary>
public sealed class AesGcmSecretProtector : ISecretProtector
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly byte[] _key;

    public AesGcmSecretProtector(TwoFactorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The options validation already refuses a bad key; this holds even if it is bypassed.
        _key = options.KeyBytesOrNull() ?? throw new InvalidOperationException(
            $"{TwoFactorOptions.Section}:{nameof(TwoFactorOptions.EncryptionKey)} must be the base64 of exactly {TwoFactorOptions.KeyBytes} bytes.");
    }

    public byte[] Protect(byte[] plain, long userId)
    {
        ArgumentNullException.ThrowIfNull(plain);
        var output = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = output.AsSpan(0, NonceBytes);

        // Random nonces: a key encrypts few secrets (one per setup), far below GCM's 2^32 random-nonce limit.
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceBytes, plain.Length), output.AsSpan(NonceBytes + plain.Length), Aad(userId));
        return output;
    }

    public byte[]? Unprotect(byte[] protectedBytes, long userId)
    {
        ArgumentNullException.ThrowIfNull(protectedBytes);
        if (protectedBytes.Length < NonceBytes + TagBytes)
        {
            return null;
        }

        var cipherLength = protectedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(_key, TagBytes);
        try
        {
            aes.Decrypt(
                protectedBytes.AsSpan(0, NonceBytes),
                protectedBytes.AsSpan(NonceBytes, cipherLength),
                protectedBytes.AsSpan(NonceBytes + cipherLength),
                plain,
                Aad(userId));
            return plain;
        }
        catch (AuthenticationTagMismatchException)
        {
            // Altered bytes, another user's secret, or another key: the port's contract answers null for all three.
            return null;
        }
    }

    private static byte[] Aad(long userId)
    {
        var aad = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(aad, userId);
        return aad;
    }
}
