using System.Security.Cryptography;
using System.Text;
using Hexagon.Application.Identity.Ports;

namespace Hexagon.Application.Tests.Identity.Fakes;

/// <summary>
/// Behaves like a real hasher without the cost: salted (two hashes of one password differ), the hash never contains
/// the password, and a hash made with an older <see cref="Version"/> verifies but asks to be re-hashed. It records
/// what it was asked, and whether a transaction was open at the time (it must never be: hashing is slow).
/// </summary>
internal sealed class FakePasswordHasher(Func<bool>? inTransaction = null) : IPasswordHasher
{
    public int Version { get; set; } = 1;

    public int Hashes { get; private set; }

    public List<string> VerifiedAgainst { get; } = [];

    public int CallsInsideTransaction { get; private set; }

    public Task<string> HashAsync(string password, CancellationToken cancellationToken)
    {
        Record();
        Hashes++;
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        return Task.FromResult($"fake$v{Version}${salt}${Digest(salt, password)}");
    }

    public Task<PasswordVerification> VerifyAsync(string password, string encodedHash, CancellationToken cancellationToken)
    {
        Record();
        VerifiedAgainst.Add(encodedHash);
        var parts = encodedHash.Split('$');
        var matches = parts is ["fake", _, var salt, var digest] && digest == Digest(salt, password);
        return Task.FromResult(new PasswordVerification(matches, matches && parts[1] != $"v{Version}"));
    }

    private static string Digest(string salt, string password) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(salt + ":" + password)));

    private void Record()
    {
        if (inTransaction?.Invoke() == true)
        {
            CallsInsideTransaction++;
        }
    }
}
