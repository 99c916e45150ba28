using Hexagon.Application.Outbox.RequeueDeadLetter;

namespace Hexagon.Adapters.Web.Outbox;

/// <summary>The body of POST /admin/v1/outbox/{id}/requeue: the message is pending again, due from nextAttemptAt.</summary>
public sealed record RequeuedMessageResponse(long Id, string Status, DateTimeOffset NextAttemptAt)
{
    public static RequeuedMessageResponse From(RequeueDeadLetterResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new RequeuedMessageResponse(result.MessageId, "PENDING", result.NextAttemptAt);
    }
}
