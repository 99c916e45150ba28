using System.Text.RegularExpressions;
using Hexagon.Sandbox.Toss.Api;
using Hexagon.Sandbox.Toss.Errors;
using Hexagon.Sandbox.Toss.Payments;

namespace Hexagon.Sandbox.Toss.Operations;

/// <summary>
/// Stands in for the buyer authenticating in Toss's widget: the payment exists, IN_PROGRESS, and the confirm
/// window starts. The card minimum (100 KRW) is checked at confirm, where Toss's server-side rule bites,
/// so merchant code can be tested against BELOW_MINIMUM_AMOUNT without injecting anything.
/// </summary>
internal sealed partial class AuthenticateOperation(PaymentLedger ledger, TimeProvider clock)
{
    public TossReply Run(AuthenticateRequest? request)
    {
        var problem = Validate(request);
        if (problem is not null) return TossReply.Fail(problem);
        var now = clock.GetUtcNow();
        var decline = string.IsNullOrWhiteSpace(request!.DeclineWith)
            ? null
            : TossErrors.ForCode(request.DeclineWith, null, null);
        var payment = new SandboxPayment(TossIds.PaymentKey(now), request.OrderId!, request.OrderName!,
            request.Method!, request.Amount!.Value, request.CardIssuerCode, request.EasyPayProvider, decline, now);
        if (!ledger.TryAdd(payment)) return TossReply.Fail(TossErrors.DuplicatedOrderId);
        return TossReply.Ok(new
        {
            paymentKey = payment.PaymentKey,
            orderId = payment.OrderId,
            amount = payment.TotalAmount,
            paymentType = "NORMAL",
        });
    }

    private static TossError? Validate(AuthenticateRequest? request)
    {
        if (request is null) return TossErrors.InvalidRequest;
        if (request.OrderId is null || !OrderIdPattern().IsMatch(request.OrderId)) return TossErrors.InvalidOrderId;
        if (string.IsNullOrEmpty(request.OrderName) || request.OrderName.Length > 100) return TossErrors.InvalidOrderName;
        if (request.Amount is null or < 1) return TossErrors.InvalidRequest;
        if (request.Method is not (PaymentMethods.Card or PaymentMethods.EasyPay)) return TossErrors.InvalidRequest;
        if (request.CardIssuerCode is not null && !IssuerCodePattern().IsMatch(request.CardIssuerCode))
            return TossErrors.InvalidRequest;
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{6,64}$")]
    private static partial Regex OrderIdPattern();

    [GeneratedRegex("^[A-Za-z0-9]{2}$")]
    private static partial Regex IssuerCodePattern();
}
