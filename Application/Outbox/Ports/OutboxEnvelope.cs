namespace Hexagon.Application.Outbox.Ports;

/// <summary>
/// A message as the relay delivers it. <paramref name="Attempt"/> is 1 on the first delivery and counts every
/// delivery since (including one whose relay died mid-way); handlers may use <paramref name="Id"/> as an
/// idempotency key towards the outside world.
/// </summary>
public sealed record OutboxEnvelope(long Id, string Type, string Payload, int Attempt, DateTimeOffset CreatedAt);
