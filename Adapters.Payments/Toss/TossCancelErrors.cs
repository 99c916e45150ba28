using Hexagon.Application.Errors;
using static Hexagon.Adapters.Payments.Toss.TossErrorRule;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// Every error code TOSS_AND_FCM.md lists for POST /v1/payments/{paymentKey}/cancel, with our treatment. Transient codes
/// are outcome-unknown for the caller: a refund is retried with the same idempotency key until the provider confirms it.
/// </summary>
internal static class TossCancelErrors
{
    public static readonly IReadOnlyDictionary<string, TossErrorRule> Rules = new Dictionary<string, TossErrorRule>(StringComparer.Ordinal)
    {
        // Already cancelled: look it up, a confirmed cancel is a success.
        ["ALREADY_CANCELED_PAYMENT"] = Unknown,
        ["ALREADY_REFUND_PAYMENT"] = Unknown,
        ["IDEMPOTENT_REQUEST_PROCESSING"] = Unknown,

        // Transient: back off and retry.
        ["PROVIDER_ERROR"] = Unknown,
        ["FORBIDDEN_CONSECUTIVE_REQUEST"] = Unknown,
        ["NOT_AVAILABLE_BANK"] = Unknown,
        ["FAILED_INTERNAL_SYSTEM_PROCESSING"] = Unknown,
        ["FAILED_REFUND_PROCESS"] = Unknown,
        ["FAILED_PARTIAL_REFUND"] = Unknown,
        ["FAILED_METHOD_HANDLING_CANCEL"] = Unknown,
        ["COMMON_ERROR"] = Unknown,
        ["FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING"] = Unknown,

        // User-facing (an operator follows up: the money did not go back).
        ["INVALID_REFUND_ACCOUNT_INFO"] = User(ErrorCatalog.RefundRejected, "환불 계좌 정보가 올바르지 않아요."),
        ["INVALID_REFUND_ACCOUNT_NUMBER"] = User(ErrorCatalog.RefundRejected, "환불 계좌 번호가 올바르지 않아요."),
        ["INVALID_BANK"] = User(ErrorCatalog.RefundRejected, "환불 은행 정보가 올바르지 않아요."),
        ["REFUND_REJECTED"] = User(ErrorCatalog.RefundRejected),
        ["EXCEED_MAX_REFUND_DUE"] = User(ErrorCatalog.RefundRejected, "환불 가능 기간이 지났어요. 고객센터로 문의해 주세요."),
        ["NOT_CANCELABLE_PAYMENT_FOR_DORMANT_USER"] = User(ErrorCatalog.RefundRejected, "휴면 계정의 결제는 취소할 수 없어요. 고객센터로 문의해 주세요."),
        ["EXCEED_CANCEL_LIMIT"] = User(ErrorCatalog.RefundRejected),
        ["FORBIDDEN_BANK_REFUND_REQUEST"] = User(ErrorCatalog.RefundRejected),

        // Merchant fault.
        ["INVALID_REQUEST"] = Merchant,
        ["NOT_MATCHES_REFUNDABLE_AMOUNT"] = Merchant,
        ["EXCEED_CANCEL_AMOUNT_DISCOUNT_AMOUNT"] = Merchant,
        ["UNAUTHORIZED_KEY"] = Merchant,
        ["NOT_CANCELABLE_AMOUNT"] = Merchant,
        ["NOT_CANCELABLE_PAYMENT"] = Merchant,
        ["FORBIDDEN_REQUEST"] = Merchant,
        ["INCORRECT_BASIC_AUTH_FORMAT"] = Merchant,
        ["NOT_ALLOWED_PARTIAL_REFUND_WAITING_DEPOSIT"] = Merchant,
        ["NOT_ALLOWED_PARTIAL_REFUND"] = Merchant,
        ["EXCEED_MAX_REFUND_AMOUNT"] = Merchant,
        ["NOT_FOUND_PAYMENT"] = Merchant,
    };
}
