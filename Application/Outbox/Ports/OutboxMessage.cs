namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// A message for the outbox. <paramref name="Type"/>: e.g. "payment.refund", "push.order-paid",
/// "ranking.order-placed" (at most 64 characters); the relay hands it to the <see cref="IOutboxHandler"/> of that type.
/// <paramref name="Payload"/>: JSON text; ids and amounts, never secrets (operators read dead letters).
/// <paramref name="DedupKey"/>: optional (at most 191 characters); a second enqueue with the same key is ignored.
/// <paramref name="NotBefore"/>: optional; the first delivery waits until then.
/// </summary>
public sealed record OutboxMessage(string Type, string Payload, string? DedupKey = null, DateTimeOffset? NotBefore = null)
{
    public const int MaxTypeLength = 64;

    public const int MaxDedupKeyLength = 191;
}
