using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Hexagon.Domain.Identity.TwoFactor;

/// <summary>
/// Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6 digits, because that is
/// what every authenticator app computes from an otpauth URI with default parameters. Pure math over a clock value
/// passed in; the BCL's HMAC is the only dependency, so the domain stays framework-free.
/// </summary>
public static class Totp
{
    public const int Digits = 6;
    public const int StepSeconds = 30;
    public const int SecretBytes = 20;

    /// <summary>Steps accepted either side of now: phones drift, and a code typed at the end of a step arrives in the next.</summary>
    public const int Window = 1;

    /// <summary>The RFC's time step T = floor(unix seconds / 30).</summary>
    public static long StepAt(DateTimeOffset time) => Math.DivRem(time.ToUnixTimeSeconds(), StepSeconds, out var rest) - (rest < 0 ? 1 : 0);

    /// <summary>The code of <paramref name="step"/>, zero-padded to <paramref name="digits"/> (6 to 8; 8 for the RFC vectors).</summary>
    [SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "RFC 6238 with default otpauth parameters mandates HMAC-SHA1; HMAC-SHA1 is not affected by SHA1 collisions.")]
    public static string CodeAt(byte[] secret, long step, int digits = Digits)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 8);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(secret, counter, hash);

        // RFC 4226 5.3 dynamic truncation: 31 bits from the offset named by the last nibble.
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.Slice(offset, 4)) & 0x7FFF_FFFF;
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString("D" + digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The step whose code is <paramref name="code"/> within ±<see cref="Window"/> of <paramref name="now"/>, or null.
    /// The caller must still refuse a step already used (a code is good once).
    /// </summary>
    public static long? MatchingStep(byte[] secret, string? code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!IsWellFormed(code))
        {
            return null;
        }

        var presented = Encoding.ASCII.GetBytes(code!);
        var current = StepAt(now);
        long? match = null;

        // Every candidate is compared, in constant time, so the timing does not tell which step (if any) matched.
        for (var step = current - Window; step <= current + Window; step++)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(CodeAt(secret, step))) && match is null)
            {
                match = step;
            }
        }

        return match;
    }

    /// <summary>Exactly six ASCII digits: anything else cannot be a code and is refused before any HMAC.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: Digits } && code.All(char.IsAsciiDigit);
}
