namespace Hexagon.Application.Identity.Ports;

/// <summary>
/// Encrypts a TOTP secret for storage. A leaked database row must not let anyone mint codes, and a protected secret
/// is bound to its user: copying it onto another account makes <see cref="Unprotect"/> fail.
/// </summary>
public interface ISecretProtector
{
    byte[] Protect(byte[] plain, long userId);

    /// <summary>Null when the bytes were altered, belong to another user, or were protected with another key.</summary>
    byte[]? Unprotect(byte[] protectedBytes, long userId);
}
