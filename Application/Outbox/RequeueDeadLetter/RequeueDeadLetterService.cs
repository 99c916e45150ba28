using Hexagon.Application.Errors;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Outbox.RequeueDeadLetter;

public sealed class RequeueDeadLetterService(IOutboxDeadLetters deadLetters, TimeProvider clock) : IRequeueDeadLetter
{
    public async Task<Result<RequeueDeadLetterResult>> RequeueAsync(RequeueDeadLetterCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.MessageId < 1)
        {
            return ErrorCatalog.OutboxMessageNotFound;
        }

        // One conditional update decides it: two operators requeueing at once requeue it once, and the other is told
        // it is not dead any more.
        var now = clock.GetUtcNow();
        return await deadLetters.RequeueAsync(command.MessageId, now, cancellationToken).ConfigureAwait(false) switch
        {
            OutboxRequeueOutcome.Requeued => new RequeueDeadLetterResult(command.MessageId, now),
            OutboxRequeueOutcome.NotFound => ErrorCatalog.OutboxMessageNotFound,
            _ => ErrorCatalog.OutboxMessageNotDead,
        };
    }
}
