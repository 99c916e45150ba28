using System.Security.Cryptography;
using System.Text;

namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>Argon2id through libargon2.so.1: buffers, lengths and the library's return codes.</summary>
internal sealed class NativeArgon2 : IArgon2
{
    public static readonly NativeArgon2 Instance = new();

    private NativeArgon2()
    {
    }

    public string HashEncoded(Argon2Parameters parameters, int hashLength, byte[] password, byte[] salt)
    {
        var (m, t, p) = ((uint)parameters.MemoryKiB, (uint)parameters.Iterations, (uint)parameters.Parallelism);
        var encoded = new byte[(int)LibArgon2.EncodedLength(t, m, p, (uint)salt.Length, (uint)hashLength, LibArgon2.TypeId)];
        var status = LibArgon2.HashEncoded(
            t, m, p, password, (nuint)password.Length, salt, (nuint)salt.Length, (nuint)hashLength, encoded, (nuint)encoded.Length);
        if (status != LibArgon2.Ok)
        {
            throw Failure("argon2id_hash_encoded", status);
        }

        var length = Array.IndexOf(encoded, (byte)0);
        return Encoding.ASCII.GetString(encoded, 0, length < 0 ? encoded.Length : length);
    }

    public Argon2VerifyOutcome Verify(string encodedHash, byte[] password)
    {
        // The library reads a C string: ASCII plus the terminating NUL (the array is zero-initialised).
        var encoded = new byte[Encoding.ASCII.GetByteCount(encodedHash) + 1];
        Encoding.ASCII.GetBytes(encodedHash, encoded);
        var status = LibArgon2.Verify(encoded, password, (nuint)password.Length);
        return status switch
        {
            LibArgon2.Ok => Argon2VerifyOutcome.Match,
            LibArgon2.VerifyMismatch => Argon2VerifyOutcome.Mismatch,
            // Out of memory or no thread is the machine's fault, not the stored hash's: an outage, so it throws.
            LibArgon2.MemoryAllocationError or LibArgon2.ThreadFail => throw Failure("argon2id_verify", status),
            _ => Argon2VerifyOutcome.Unreadable,
        };
    }

    private static CryptographicException Failure(string function, int status) =>
        new($"{function} failed with {status}: {LibArgon2.ErrorMessage(status)}");
}
