using System.Collections.Concurrent;
using Hexagon.Sandbox.Toss.Api;

namespace Hexagon.Sandbox.Toss.Idempotency;

/// <summary>
/// Toss's Idempotency-Key semantics. Scope: key + secret key + method + path (not the body). A key is first
/// claimed (a second request meanwhile gets 409 IDEMPOTENT_REQUEST_PROCESSING), then either completed with the
/// reply to replay, or released when nothing was executed so a retry runs for real.
/// Toss keeps keys 15 days; the sandbox keeps them for its lifetime, which is shorter than that anyway.
/// </summary>
internal sealed class IdempotencyStore
{
    public const int MaxKeyLength = 300;

    // A null value means "claimed, still running".
    private readonly ConcurrentDictionary<string, TossReply?> _entries = new(StringComparer.Ordinal);

    public static string Scope(string secretKey, string method, string path, string idempotencyKey) =>
        string.Join('\n', secretKey, method, path, idempotencyKey);

    /// <summary>Claims the scope, or returns what is there: the stored reply, or the in-progress marker.</summary>
    public IdempotencyClaim Claim(string scope)
    {
        if (_entries.TryAdd(scope, null)) return IdempotencyClaim.Claimed;
        return _entries.TryGetValue(scope, out var reply) && reply is not null
            ? IdempotencyClaim.Replay(reply)
            : IdempotencyClaim.InProgress;
    }

    public void Complete(string scope, TossReply reply) => _entries[scope] = reply;

    public void Release(string scope) => _entries.TryRemove(new KeyValuePair<string, TossReply?>(scope, null));
}
