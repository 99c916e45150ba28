namespace Hexagon.Application.Identity.Ports;

/// <summary>Slow, salted password hashing (Argon2id). Implementations bound how many hashes run at once.</summary>
public interface IPasswordHasher
{
    /// <summary>An encoded hash that carries its own salt and parameters.</summary>
    Task<string> HashAsync(string password, CancellationToken cancellationToken);

    Task<PasswordVerification> VerifyAsync(string password, string encodedHash, CancellationToken cancellationToken);
}
