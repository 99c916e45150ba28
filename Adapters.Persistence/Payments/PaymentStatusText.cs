using Hexagon.Domain.Payments;

namespace Hexagon.Adapters.Persistence.Payments;

/// <summary>payments.status holds the provider's spelling (DONE, PARTIAL_CANCELED), readable in SQL and support tools.</summary>
internal static class PaymentStatusText
{
    private static readonly Dictionary<PaymentStatus, string> Texts = new()
    {
        [PaymentStatus.Unknown] = "UNKNOWN",
        [PaymentStatus.Ready] = "READY",
        [PaymentStatus.InProgress] = "IN_PROGRESS",
        [PaymentStatus.WaitingForDeposit] = "WAITING_FOR_DEPOSIT",
        [PaymentStatus.Done] = "DONE",
        [PaymentStatus.Canceled] = "CANCELED",
        [PaymentStatus.PartialCanceled] = "PARTIAL_CANCELED",
        [PaymentStatus.Aborted] = "ABORTED",
        [PaymentStatus.Expired] = "EXPIRED",
    };

    private static readonly Dictionary<string, PaymentStatus> Statuses = Texts.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    public static string Of(PaymentStatus status) => Texts[status];

    public static PaymentStatus Parse(string text) => Statuses.GetValueOrDefault(text, PaymentStatus.Unknown);
}
