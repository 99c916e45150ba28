using System.Buffers.Text;
using System.Security.Cryptography;
using Hexagon.Application.Identity.Ports;

namespace Hexagon.Application.Identity.Sessions;

/// <summary>
/// A real hash of a random password nobody knows, for logins with an unknown email: verifying against it costs what
/// verifying a real account costs, so the response time does not tell which emails have accounts. Register it as a
/// singleton: it is made once, on first need, and the login service that uses it is scoped.
/// </summary>
public sealed class DummyPasswordHash
{
    private string? _encodedHash;

    public async Task<string> GetAsync(IPasswordHasher passwordHasher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(passwordHasher);
        if (Volatile.Read(ref _encodedHash) is { } cached)
        {
            return cached;
        }

        // No lock: two first callers may both hash; either result is a valid dummy and the first one stored stays.
        // Made with the hasher's current parameters, so it costs what a real verify costs.
        var hash = await passwordHasher.HashAsync(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), cancellationToken).ConfigureAwait(false);
        return Interlocked.CompareExchange(ref _encodedHash, hash, null) ?? hash;
    }
}
