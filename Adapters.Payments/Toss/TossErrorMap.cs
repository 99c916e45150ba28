using System.Net;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// Classifies a Toss error answer. Toss adds codes without notice, so anything unlisted is outcome-unknown: the caller
/// looks the payment up instead of telling the buyer it failed when it may have succeeded.
/// </summary>
internal static class TossErrorMap
{
    public static TossErrorRule Classify(TossOperation operation, HttpStatusCode status, string? code)
    {
        if (operation == TossOperation.Lookup)
        {
            return ClassifyLookup(status, code);
        }

        var rules = operation == TossOperation.Confirm ? TossConfirmErrors.Rules : TossCancelErrors.Rules;
        return code is not null && rules.TryGetValue(code, out var rule) ? rule : TossErrorRule.Unknown;
    }

    private static TossErrorRule ClassifyLookup(HttpStatusCode status, string? code) => (status, code) switch
    {
        (HttpStatusCode.NotFound, "NOT_FOUND_PAYMENT") => TossErrorRule.Missing,
        (HttpStatusCode.Unauthorized, _) or (HttpStatusCode.Forbidden, _) => TossErrorRule.Merchant,
        (HttpStatusCode.BadRequest, "INVALID_REQUEST") => TossErrorRule.Merchant,
        _ => TossErrorRule.Unknown,
    };
}
