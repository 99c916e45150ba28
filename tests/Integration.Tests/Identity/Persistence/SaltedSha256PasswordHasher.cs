using System.Security.Cryptography;
using System.Text;
using Hexagon.Application.Identity.Ports;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>A quick stand-in for the Argon2id hasher: salted, never contains the password, verifies what it hashed.</summary>
internal sealed class SaltedSha256PasswordHasher : IPasswordHasher
{
    public Task<string> HashAsync(string password, CancellationToken cancellationToken)
    {
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        return Task.FromResult($"sha256${salt}${Digest(salt, password)}");
    }

    public Task<PasswordVerification> VerifyAsync(string password, string encodedHash, CancellationToken cancellationToken)
    {
        var matches = encodedHash.Split('$') is ["sha256", var salt, var digest] && digest == Digest(salt, password);
        return Task.FromResult(new PasswordVerification(matches, NeedsRehash: false));
    }

    private static string Digest(string salt, string password) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + password)));
}
