namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>
/// The two Argon2id operations the hasher needs. A seam so tests can watch how many run at once; the service only
/// ever uses <see cref="NativeArgon2"/>. Both block their thread for the whole hash.
/// </summary>
internal interface IArgon2
{
    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> with the library's text on any failure.</summary>
    string HashEncoded(Argon2Parameters parameters, int hashLength, byte[] password, byte[] salt);

    Argon2VerifyOutcome Verify(string encodedHash, byte[] password);
}
