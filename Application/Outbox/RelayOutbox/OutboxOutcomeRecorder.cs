using Hexagon.Application.Outbox.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// Writes down what a delivery came to: done, retried after the back-off, or dead-lettered (a permanent failure, or
/// a transient one on the last allowed attempt). Writes ignore the relay's cancellation: a message that went out must
/// be recorded as done even while the service stops, or it would go out again.
/// </summary>
public sealed partial class OutboxOutcomeRecorder(
    IOutboxStore store,
    IEnumerable<IOutboxDeadLetterObserver> observers,
    OutboxBackoff backoff,
    OutboxRelaySettings settings,
    TimeProvider clock,
    ILogger<OutboxOutcomeRecorder> logger)
{
    private readonly IReadOnlyList<IOutboxDeadLetterObserver> _observers = observers?.ToList() ?? throw new ArgumentNullException(nameof(observers));

    public async Task<RelayOutboxResult> RecordAsync(OutboxEnvelope message, OutboxHandling handling)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(handling);
        var now = clock.GetUtcNow();
        var none = RelayOutboxResult.None;
        var (recorded, outcome) = handling.Kind switch
        {
            OutboxHandlingKind.Done => (await store.CompleteAsync(message, now, CancellationToken.None).ConfigureAwait(false), none with { Done = 1 }),
            OutboxHandlingKind.Retry when message.Attempt < settings.MaxAttempts => (await store.ScheduleRetryAsync(
                message, now + backoff.DelayAfter(message.Attempt, handling.RetryAfter), Text(handling), CancellationToken.None).ConfigureAwait(false),
                none with { Retried = 1 }),
            OutboxHandlingKind.Retry => (await DeadLetterAsync(message, $"Gave up after {message.Attempt} attempt(s); last: {handling.Reason}", now)
                .ConfigureAwait(false), none with { DeadLettered = 1 }),
            _ => (await DeadLetterAsync(message, Text(handling), now).ConfigureAwait(false), none with { DeadLettered = 1 }),
        };

        if (recorded)
        {
            return outcome;
        }

        LogLeaseLost(logger, message.Id, message.Type, message.Attempt, handling.Kind);
        return none with { LeasesLost = 1 };
    }

    /// <summary>
    /// The relay stopped while the handler ran: whether the message went out is unknown, so the attempt counts, but a
    /// shutdown is no reason to dead-letter or wait; it is due again at once.
    /// </summary>
    public Task<bool> RecordInterruptedAsync(OutboxEnvelope message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return store.ScheduleRetryAsync(message, clock.GetUtcNow(), "Interrupted: the relay was stopping.", CancellationToken.None);
    }

    private async Task<bool> DeadLetterAsync(OutboxEnvelope message, string reason, DateTimeOffset now)
    {
        var text = OutboxFailureText.Truncate(reason);
        if (!await store.DeadLetterAsync(message, text, now, CancellationToken.None).ConfigureAwait(false))
        {
            return false;
        }

        LogDeadLettered(logger, message.Id, message.Type, message.Attempt, text);
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnDeadLetteredAsync(message, text, CancellationToken.None).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // An alert that fails must not undo or stop the relay; the error log above stands.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LogObserverFailed(logger, exception, message.Id, observer.GetType().Name);
            }
        }

        return true;
    }

    private static string Text(OutboxHandling handling) => OutboxFailureText.Truncate(handling.Reason ?? handling.Kind.ToString());

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} ({MessageType}) dead-lettered after {Attempts} attempt(s): {Reason}. Requeue it through the admin API once the cause is fixed")]
    private static partial void LogDeadLettered(ILogger logger, long messageId, string messageType, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({MessageType}) attempt {Attempt} ended {Outcome}, but its lease had passed to another relay; the outcome was dropped")]
    private static partial void LogLeaseLost(ILogger logger, long messageId, string messageType, int attempt, OutboxHandlingKind outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Dead-letter observer {Observer} failed for outbox message {MessageId}")]
    private static partial void LogObserverFailed(ILogger logger, Exception exception, long messageId, string observer);
}
