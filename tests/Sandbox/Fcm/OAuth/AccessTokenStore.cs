using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Hexagon.Sandbox.Fcm.OAuth;

/// <summary>
/// The access tokens this sandbox has issued and when each expires. Opaque random strings, like Google's
/// <c>ya29.</c> tokens: a client must treat them as such, never parse them.
/// </summary>
internal sealed class AccessTokenStore(FcmSandboxSettings settings, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public int LifetimeSeconds => settings.AccessTokenLifetimeSeconds;

    public string Issue()
    {
        var token = "ya29.sandbox-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        _expiries[token] = clock.GetUtcNow() + settings.AccessTokenLifetime;
        return token;
    }

    public AccessTokenState Check(string token) =>
        !_expiries.TryGetValue(token, out var expires) ? AccessTokenState.Unknown
        : clock.GetUtcNow() >= expires ? AccessTokenState.Expired
        : AccessTokenState.Valid;

    /// <summary>Expires every token now, so a test can see a client refresh without waiting an hour.</summary>
    public int ExpireAll()
    {
        var now = clock.GetUtcNow();
        foreach (var token in _expiries.Keys) _expiries[token] = now;
        return _expiries.Count;
    }
}
