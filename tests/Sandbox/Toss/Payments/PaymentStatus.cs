namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>Toss's status strings, as they appear on the wire. READY and WAITING_FOR_DEPOSIT never occur here:
/// the sandbox starts at the buyer's authentication and has no virtual accounts.</summary>
internal static class PaymentStatus
{
    public const string InProgress = "IN_PROGRESS";
    public const string Done = "DONE";
    public const string Canceled = "CANCELED";
    public const string PartialCanceled = "PARTIAL_CANCELED";
    public const string Aborted = "ABORTED";
    public const string Expired = "EXPIRED";
}
