using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

public static partial class ErrorCatalog
{
    // 470x — the outbox (operators, through the admin API)
    public static readonly Error OutboxMessageNotFound = new("4700", ErrorKind.NotFound, "아웃박스 메시지를 찾을 수 없어요.");

    /// <summary>Only a dead letter can be requeued: a pending or processing message is on its way, a done one went out.</summary>
    public static readonly Error OutboxMessageNotDead = new("4701", ErrorKind.Conflict, "실패 처리된 메시지만 다시 보낼 수 있어요.");
}
