using Hexagon.Domain.Common;

namespace Hexagon.Application.Payments.Ports;

/// <summary>
/// What the payment provider answered. <see cref="Error"/> is set for <see cref="GatewayOutcomeKind.Rejected"/> and
/// <see cref="GatewayOutcomeKind.Unknown"/>: one of our payment codes with a Korean message the app may show (a
/// merchant-fault answer always carries the one generic code, never the provider's text). <see cref="ProviderCode"/> is
/// the provider's own code, for logs and records only.
/// </summary>
public sealed record GatewayOutcome
{
    public required GatewayOutcomeKind Kind { get; init; }
    public GatewayPayment? Payment { get; init; }
    public Error? Error { get; init; }
    public string? ProviderCode { get; init; }

    /// <summary>True when the rejection is our fault (configuration, a bug): the operator must be alerted.</summary>
    public bool IsMerchantFault { get; init; }

    public static GatewayOutcome Succeeded(GatewayPayment payment) => new() { Kind = GatewayOutcomeKind.Succeeded, Payment = payment };

    public static GatewayOutcome NotFound(string? providerCode) => new() { Kind = GatewayOutcomeKind.NotFound, ProviderCode = providerCode };

    public static GatewayOutcome Rejected(Error error, string? providerCode, bool merchantFault) =>
        new() { Kind = GatewayOutcomeKind.Rejected, Error = error, ProviderCode = providerCode, IsMerchantFault = merchantFault };

    public static GatewayOutcome Unknown(Error error, string? providerCode) =>
        new() { Kind = GatewayOutcomeKind.Unknown, Error = error, ProviderCode = providerCode };
}
