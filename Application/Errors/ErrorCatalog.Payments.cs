using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

public static partial class ErrorCatalog
{
    // 10xx — payments. The provider's user-facing codes are grouped by what the buyer can do about them; the message of
    // an occurrence may be more specific (e.g. "카드 유효기간이 만료되었어요."), the code stays.
    public static readonly Error PaymentRejectedByCard = new("1001", ErrorKind.Validation, "카드사에서 결제를 거절했어요. 다른 카드나 결제 수단을 이용해 주세요.");
    public static readonly Error PaymentCardDetailsInvalid = new("1002", ErrorKind.Validation, "카드 정보가 올바르지 않아요. 카드 정보를 확인해 주세요.");
    public static readonly Error PaymentLimitExceeded = new("1003", ErrorKind.Validation, "결제 한도를 초과했어요. 금액을 줄이거나 다른 결제 수단을 이용해 주세요.");
    public static readonly Error PaymentInstallmentNotAllowed = new("1004", ErrorKind.Validation, "선택한 할부나 포인트 사용을 이용할 수 없어요. 일시불로 결제해 주세요.");
    public static readonly Error PaymentMethodUnavailable = new("1005", ErrorKind.Validation, "지금은 이 결제 수단을 이용할 수 없어요. 다른 결제 수단을 이용해 주세요.");
    public static readonly Error PaymentSessionExpired = new("1006", ErrorKind.Conflict, "결제 시간이 만료되었어요. 처음부터 다시 결제해 주세요.");

    /// <summary>Our own fault (configuration, a bug): the provider's text is never shown; the operator is alerted.</summary>
    public static readonly Error PaymentFailed = new("1007", ErrorKind.Internal, "결제 처리 중 문제가 발생했어요. 잠시 후 다시 시도해 주세요.");

    /// <summary>The payment may or may not have gone through; the buyer must not pay again before we know.</summary>
    public static readonly Error PaymentOutcomeUnknown = new("1008", ErrorKind.Unavailable, "결제 결과를 확인하고 있어요. 잠시 후 주문 내역을 확인해 주세요.");

    /// <summary>The provider is unreachable and nothing was sent (the circuit is open).</summary>
    public static readonly Error PaymentProviderUnavailable = new("1009", ErrorKind.Unavailable, "결제 서비스에 일시적으로 연결할 수 없어요. 잠시 후 다시 시도해 주세요.");

    public static readonly Error RefundRejected = new("1010", ErrorKind.Conflict, "환불을 처리할 수 없어요. 고객센터로 문의해 주세요.");
}
