using Hexagon.Sandbox.Toss.Api;

namespace Hexagon.Sandbox.Toss.Idempotency;

/// <summary>The outcome of claiming an Idempotency-Key: run it, replay <see cref="Stored"/>, or answer 409.</summary>
internal sealed record IdempotencyClaim(bool IsClaimed, TossReply? Stored)
{
    public static readonly IdempotencyClaim Claimed = new(true, null);
    public static readonly IdempotencyClaim InProgress = new(false, null);

    public static IdempotencyClaim Replay(TossReply stored) => new(false, stored);
}
