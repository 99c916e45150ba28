using Hexagon.Application.Common.Ports;
using Hexagon.Application.Outbox.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// The outbox relay. Per batch: claim due messages in one short transaction (committed before any handler runs, so
/// no lock is held across an HTTP call), deliver each outside any transaction, record each outcome in autocommit.
/// A relay that dies mid-batch leaves its messages processing until the lease ends; then any relay claims them again
/// (at-least-once: handlers are idempotent).
/// </summary>
public sealed partial class RelayOutboxService(
    IOutboxStore store,
    IUnitOfWork unitOfWork,
    OutboxDispatcher dispatcher,
    OutboxOutcomeRecorder recorder,
    OutboxRelaySettings settings,
    TimeProvider clock,
    ILogger<RelayOutboxService> logger) : IRelayOutbox
{
    public async Task<RelayOutboxResult> RelayAsync(RelayOutboxCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentOutOfRangeException.ThrowIfLessThan(command.MaxMessages, 1, nameof(command));
        var total = RelayOutboxResult.None;
        while (total.Claimed < command.MaxMessages)
        {
            var limit = Math.Min(settings.BatchSize, command.MaxMessages - total.Claimed);
            var (batch, claimed) = await RelayBatchAsync(limit, cancellationToken).ConfigureAwait(false);
            total = total.Add(batch);
            if (claimed < limit)
            {
                break;
            }
        }

        return total;
    }

    private async Task<(RelayOutboxResult Result, int Claimed)> RelayBatchAsync(int limit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var leaseUntil = now + settings.Lease;
        var messages = await unitOfWork.ExecuteAsync(
            ct => store.ClaimDueAsync(dispatcher.Types, limit, now, leaseUntil, ct), cancellationToken).ConfigureAwait(false);

        // Handlers call HTTP services: no connection is held while they wait.
        await unitOfWork.ReleaseConnectionAsync().ConfigureAwait(false);

        // Start a message only while half the lease remains: a handler outliving the lease may meet a second delivery.
        var startBy = leaseUntil - (settings.Lease / 2);
        var result = RelayOutboxResult.None with { Claimed = messages.Count };
        for (var index = 0; index < messages.Count; index++)
        {
            if (cancellationToken.IsCancellationRequested || clock.GetUtcNow() > startBy)
            {
                var released = await ReleaseAsync(messages.Skip(index)).ConfigureAwait(false);
                result = result with { Released = result.Released + released };
                cancellationToken.ThrowIfCancellationRequested();
                LogLeaseRunningShort(logger, released);
                break;
            }

            try
            {
                result = result.Add(await DeliverAsync(messages[index], cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(messages.Skip(index + 1)).ConfigureAwait(false);
                throw;
            }
        }

        return (result, messages.Count);
    }

    private async Task<RelayOutboxResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        OutboxHandling handling;
        try
        {
            handling = await dispatcher.DispatchAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await recorder.RecordInterruptedAsync(message).ConfigureAwait(false);
            throw;
        }

        return await recorder.RecordAsync(message, handling).ConfigureAwait(false);
    }

    // Runs even when stopping (no token): a released message is due again now rather than when its lease ends.
    private async Task<int> ReleaseAsync(IEnumerable<OutboxEnvelope> messages)
    {
        var released = 0;
        foreach (var message in messages)
        {
            if (await store.ReleaseAsync(message, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false))
            {
                released++;
            }
        }

        return released;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox lease running short: {Released} claimed message(s) handed back unstarted")]
    private static partial void LogLeaseRunningShort(ILogger logger, int released);
}
