namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>Payment.card. Issuer and acquirer codes are two alphanumeric characters ("41", "3K", "W1").</summary>
internal sealed record CardView(
    long Amount,
    string IssuerCode,
    string AcquirerCode,
    string Number,
    int InstallmentPlanMonths,
    string ApproveNo,
    bool UseCardPoint,
    string CardType,
    string OwnerType,
    string AcquireStatus,
    bool IsInterestFree,
    string? InterestPayer);
