namespace Hexagon.Application.Outbox.Ports;

/// <summary>The operators' side of the outbox: what was dead-lettered, and sending it again.</summary>
public interface IOutboxDeadLetters
{
    /// <summary>Dead letters with an id below <paramref name="beforeId"/> (all when null), newest first.</summary>
    Task<IReadOnlyList<OutboxDeadLetter>> ListNewestFirstAsync(long? beforeId, int limit, CancellationToken cancellationToken);

    /// <summary>A dead letter becomes pending again, due at <paramref name="now"/>, with its attempts reset.</summary>
    Task<OutboxRequeueOutcome> RequeueAsync(long id, DateTimeOffset now, CancellationToken cancellationToken);
}
