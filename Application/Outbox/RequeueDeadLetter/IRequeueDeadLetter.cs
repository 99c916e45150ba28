using Hexagon.Domain.Common;

namespace Hexagon.Application.Outbox.RequeueDeadLetter;

/// <summary>
/// Sends a dead-lettered message again once an operator fixed the cause: pending, due now, attempts reset. Only a
/// dead message can be requeued: one still pending or processing is already on its way, a done one went out.
/// </summary>
public interface IRequeueDeadLetter
{
    Task<Result<RequeueDeadLetterResult>> RequeueAsync(RequeueDeadLetterCommand command, CancellationToken cancellationToken);
}
