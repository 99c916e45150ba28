namespace Hexagon.Application.Outbox.RequeueDeadLetter;

/// <summary>The requeued message: pending, due from <paramref name="NextAttemptAt"/> (the moment it was requeued).</summary>
public sealed record RequeueDeadLetterResult(long MessageId, DateTimeOffset NextAttemptAt);
