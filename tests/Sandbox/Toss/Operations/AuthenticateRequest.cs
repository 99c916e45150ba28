namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>
/// Body of <c>POST /sandbox/v1/payments</c>: what the buyer's widget would have sent Toss. <see cref="DeclineWith"/>
/// (sandbox only) is an error code the card will be declined with at confirm, e.g. "REJECT_CARD_PAYMENT".
/// </summary>
internal sealed record AuthenticateRequest(
    string? OrderId,
    string? OrderName,
    long? Amount,
    string? Method,
    string? CardIssuerCode,
    string? EasyPayProvider,
    string? DeclineWith);
