using Hexagon.Application.Errors;
using static Hexagon.Adapters.Payments.Toss.TossErrorRule;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// Every error code TOSS_AND_FCM.md lists for POST /v1/payments/confirm, with our treatment. A code not listed here is
/// treated as outcome-unknown by <see cref="TossErrorMap"/>.
/// </summary>
internal static class TossConfirmErrors
{
    public static readonly IReadOnlyDictionary<string, TossErrorRule> Rules = new Dictionary<string, TossErrorRule>(StringComparer.Ordinal)
    {
        // Outcome unknown: look the payment up (an "already processed" usually means an earlier attempt succeeded).
        ["ALREADY_PROCESSED_PAYMENT"] = Unknown,
        ["ALREADY_COMPLETED_PAYMENT"] = Unknown,
        ["PROVIDER_ERROR"] = Unknown,
        ["CARD_PROCESSING_ERROR"] = Unknown,
        ["IDEMPOTENT_REQUEST_PROCESSING"] = Unknown,
        ["FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING"] = Unknown,
        ["FAILED_INTERNAL_SYSTEM_PROCESSING"] = Unknown,
        ["UNKNOWN_PAYMENT_ERROR"] = Unknown,
        ["COMMON_ERROR"] = Unknown,
        ["UNKNOWN_ERROR"] = Unknown,

        // User-facing: the card company said no.
        ["REJECT_CARD_PAYMENT"] = User(ErrorCatalog.PaymentRejectedByCard),
        ["REJECT_CARD_COMPANY"] = User(ErrorCatalog.PaymentRejectedByCard),
        ["INVALID_REJECT_CARD"] = User(ErrorCatalog.PaymentRejectedByCard),
        ["INVALID_STOPPED_CARD"] = User(ErrorCatalog.PaymentRejectedByCard, "정지된 카드예요. 다른 카드를 이용해 주세요."),
        ["INVALID_CARD_LOST_OR_STOLEN"] = User(ErrorCatalog.PaymentRejectedByCard, "분실 또는 도난 신고된 카드예요. 다른 카드를 이용해 주세요."),
        ["FDS_ERROR"] = User(ErrorCatalog.PaymentRejectedByCard, "안전한 결제를 위해 결제가 제한되었어요. 다른 결제 수단을 이용해 주세요."),
        ["REJECT_ACCOUNT_PAYMENT"] = User(ErrorCatalog.PaymentRejectedByCard, "잔액이 부족하거나 계좌 결제가 거절되었어요."),
        ["REJECT_TOSSPAY_INVALID_ACCOUNT"] = User(ErrorCatalog.PaymentRejectedByCard, "토스페이에 연결된 계좌를 이용할 수 없어요. 계좌를 확인해 주세요."),

        // User-facing: wrong card or account details.
        ["INVALID_CARD_NUMBER"] = User(ErrorCatalog.PaymentCardDetailsInvalid, "카드 번호가 올바르지 않아요."),
        ["INVALID_CARD_EXPIRATION"] = User(ErrorCatalog.PaymentCardDetailsInvalid, "카드 유효기간이 올바르지 않거나 만료되었어요."),
        ["INVALID_PASSWORD"] = User(ErrorCatalog.PaymentCardDetailsInvalid, "결제 비밀번호가 올바르지 않아요."),
        ["EXCEED_MAX_AUTH_COUNT"] = User(ErrorCatalog.PaymentCardDetailsInvalid, "인증 횟수를 초과했어요. 잠시 후 다시 시도해 주세요."),
        ["INVALID_ACCOUNT_INFO_RE_REGISTER"] = User(ErrorCatalog.PaymentCardDetailsInvalid, "계좌 정보가 올바르지 않아요. 계좌를 다시 등록해 주세요."),

        // User-facing: limits.
        ["EXCEED_MAX_DAILY_PAYMENT_COUNT"] = User(ErrorCatalog.PaymentLimitExceeded, "하루 결제 가능 횟수를 초과했어요."),
        ["EXCEED_MAX_PAYMENT_AMOUNT"] = User(ErrorCatalog.PaymentLimitExceeded),
        ["EXCEED_MAX_ONE_DAY_WITHDRAW_AMOUNT"] = User(ErrorCatalog.PaymentLimitExceeded, "하루 출금 한도를 초과했어요."),
        ["EXCEED_MAX_ONE_TIME_WITHDRAW_AMOUNT"] = User(ErrorCatalog.PaymentLimitExceeded, "1회 출금 한도를 초과했어요."),
        ["EXCEED_MAX_AMOUNT"] = User(ErrorCatalog.PaymentLimitExceeded),
        ["EXCEED_MAX_MONTHLY_PAYMENT_AMOUNT"] = User(ErrorCatalog.PaymentLimitExceeded, "월 결제 한도를 초과했어요."),
        ["EXCEED_MAX_ONE_DAY_AMOUNT"] = User(ErrorCatalog.PaymentLimitExceeded, "하루 결제 한도를 초과했어요."),

        // User-facing: installments and card points.
        ["EXCEED_MAX_CARD_INSTALLMENT_PLAN"] = User(ErrorCatalog.PaymentInstallmentNotAllowed, "설정 가능한 최대 할부 개월 수를 초과했어요."),
        ["NOT_SUPPORTED_INSTALLMENT_PLAN_CARD_OR_MERCHANT"] = User(ErrorCatalog.PaymentInstallmentNotAllowed, "할부가 지원되지 않는 카드예요."),
        ["INVALID_CARD_INSTALLMENT_PLAN"] = User(ErrorCatalog.PaymentInstallmentNotAllowed, "할부 개월 정보가 올바르지 않아요."),
        ["NOT_SUPPORTED_MONTHLY_INSTALLMENT_PLAN"] = User(ErrorCatalog.PaymentInstallmentNotAllowed, "이 카드는 할부를 이용할 수 없어요."),
        ["NOT_ALLOWED_POINT_USE"] = User(ErrorCatalog.PaymentInstallmentNotAllowed, "포인트 사용이 불가능한 카드예요."),

        // User-facing: the method or bank cannot be used now.
        ["NOT_AVAILABLE_PAYMENT"] = User(ErrorCatalog.PaymentMethodUnavailable, "지금은 결제할 수 없는 시간이에요."),
        ["NOT_AVAILABLE_BANK"] = User(ErrorCatalog.PaymentMethodUnavailable, "은행 서비스 시간이 아니에요."),
        ["RESTRICTED_TRANSFER_ACCOUNT"] = User(ErrorCatalog.PaymentMethodUnavailable, "이체가 제한된 계좌예요."),

        // User-facing: the 10-minute confirm window passed.
        ["NOT_FOUND_PAYMENT_SESSION"] = User(ErrorCatalog.PaymentSessionExpired),

        // Merchant fault: never shown to the buyer.
        ["INVALID_REQUEST"] = Merchant,
        ["INVALID_API_KEY"] = Merchant,
        ["BELOW_MINIMUM_AMOUNT"] = Merchant,
        ["NOT_FOUND_TERMINAL_ID"] = Merchant,
        ["INVALID_AUTHORIZE_AUTH"] = Merchant,
        ["INVALID_UNREGISTERED_SUBMALL"] = Merchant,
        ["NOT_REGISTERED_BUSINESS"] = Merchant,
        ["UNAPPROVED_ORDER_ID"] = Merchant,
        ["INVALID_PAYMENT_KEY"] = Merchant,
        ["INVALID_ORDER_ID"] = Merchant,
        ["INVALID_ORDER_NAME"] = Merchant,
        ["DUPLICATED_ORDER_ID"] = Merchant,
        ["INVALID_IDEMPOTENCY_KEY"] = Merchant,
        ["API_VERSION_UPDATE_NEEDED"] = Merchant,
        ["UNAUTHORIZED_KEY"] = Merchant,
        ["FORBIDDEN_REQUEST"] = Merchant,
        ["INCORRECT_BASIC_AUTH_FORMAT"] = Merchant,
        ["NOT_FOUND_PAYMENT"] = Merchant,
    };
}
