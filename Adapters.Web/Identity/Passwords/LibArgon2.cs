using System.Runtime.InteropServices;

namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>
/// The reference Argon2 C library (Debian libargon2-1). No managed Argon2 package is served to this project, see
/// DEPENDENCIES.md. Plain blittable signatures: DllImport pins the arrays instead of copying them, and no string is
/// marshalled (the library's error texts are static and must never be freed by a marshaller). DllImport rather than
/// LibraryImport because the generated stubs would need AllowUnsafeBlocks in the project, for no gain here.
/// </summary>
internal static class LibArgon2
{
    private const string Library = "libargon2.so.1";

    public const int Ok = 0;
    public const int MemoryAllocationError = -22;
    public const int ThreadFail = -33;
    public const int VerifyMismatch = -35;

    /// <summary>argon2_type.Argon2_id.</summary>
    public const int TypeId = 2;

    [DllImport(Library, EntryPoint = "argon2id_hash_encoded", ExactSpelling = true)]
    public static extern int HashEncoded(
        uint timeCost, uint memoryCostKiB, uint parallelism, byte[] password, nuint passwordLength, byte[] salt, nuint saltLength,
        nuint hashLength, byte[] encoded, nuint encodedLength);

    /// <summary>Reads the parameters from <paramref name="encoded"/> (NUL-terminated) and compares in constant time.</summary>
    [DllImport(Library, EntryPoint = "argon2id_verify", ExactSpelling = true)]
    public static extern int Verify(byte[] encoded, byte[] password, nuint passwordLength);

    /// <summary>Buffer size of an encoded hash, terminating NUL included.</summary>
    [DllImport(Library, EntryPoint = "argon2_encodedlen", ExactSpelling = true)]
    public static extern nuint EncodedLength(uint timeCost, uint memoryCostKiB, uint parallelism, uint saltLength, uint hashLength, int type);

    [DllImport(Library, EntryPoint = "argon2_error_message", ExactSpelling = true)]
    private static extern IntPtr ErrorMessagePointer(int errorCode);

    public static string ErrorMessage(int errorCode) =>
        Marshal.PtrToStringUTF8(ErrorMessagePointer(errorCode)) ?? $"unknown libargon2 error {errorCode}";
}
