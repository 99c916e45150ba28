using Hexagon.Application.Errors;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Payments;

namespace Hexagon.Application.Payments;

/// <summary>
/// Turns an unknown confirm outcome (timeout, 5xx, "already processed", a code we do not know) into what really
/// happened, by looking the payment up by our order id. The buyer is never told a payment failed when it may have
/// gone through: when the lookup cannot tell either, the answer stays "outcome unknown".
/// </summary>
public sealed class PaymentOutcomeResolver(IPaymentGateway gateway)
{
    public async Task<GatewayOutcome> ResolveConfirmAsync(string orderId, CancellationToken cancellationToken)
    {
        var lookup = await gateway.FindByOrderIdAsync(orderId, cancellationToken).ConfigureAwait(false);
        return lookup.Kind switch
        {
            GatewayOutcomeKind.Succeeded when lookup.Payment!.Status == PaymentStatus.Done => lookup,
            GatewayOutcomeKind.Succeeded when lookup.Payment!.Status == PaymentStatus.Expired =>
                GatewayOutcome.Rejected(ErrorCatalog.PaymentSessionExpired, lookup.ProviderCode, merchantFault: false),

            // Authenticated but not approved (the confirm never landed), or aborted/cancelled: nothing is charged now.
            GatewayOutcomeKind.Succeeded or GatewayOutcomeKind.NotFound =>
                GatewayOutcome.Rejected(ErrorCatalog.PaymentNotCompleted, lookup.ProviderCode, merchantFault: false),
            _ => GatewayOutcome.Unknown(ErrorCatalog.PaymentOutcomeUnknown, lookup.ProviderCode),
        };
    }
}
