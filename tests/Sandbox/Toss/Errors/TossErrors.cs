namespace Hexagon.Sandbox.Toss.Errors;

/// <summary>
/// The errors the sandbox answers by itself, with Toss's HTTP statuses and Korean messages (the default
/// language of the real API). Injected faults look their message up here and fall back to a neutral one.
/// </summary>
internal static class TossErrors
{
    public static readonly TossError UnauthorizedKey =
        new(401, "UNAUTHORIZED_KEY", "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다.");
    public static readonly TossError IncorrectBasicAuthFormat =
        new(403, "INCORRECT_BASIC_AUTH_FORMAT", "잘못된 요청입니다. ':' 를 포함해 인코딩해주세요.");
    public static readonly TossError InvalidRequest = new(400, "INVALID_REQUEST", "잘못된 요청입니다.");
    public static readonly TossError InvalidIdempotencyKey =
        new(400, "INVALID_IDEMPOTENCY_KEY", "멱등키는 300자 이하로 입력해주세요.");
    public static readonly TossError IdempotentRequestProcessing =
        new(409, "IDEMPOTENT_REQUEST_PROCESSING", "이전 멱등 요청이 처리 중입니다. 잠시 후 다시 시도해주세요.");
    public static readonly TossError NotFoundPayment = new(404, "NOT_FOUND_PAYMENT", "존재하지 않는 결제 정보 입니다.");
    public static readonly TossError NotFoundPaymentSession =
        new(404, "NOT_FOUND_PAYMENT_SESSION", "결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다.");
    public static readonly TossError AlreadyProcessedPayment =
        new(400, "ALREADY_PROCESSED_PAYMENT", "이미 처리된 결제 입니다.");
    public static readonly TossError UnapprovedOrderId =
        new(400, "UNAPPROVED_ORDER_ID", "인증된 주문번호와 요청한 주문번호가 다릅니다.");
    public static readonly TossError AmountMismatch =
        new(400, "INVALID_REQUEST", "잘못된 요청입니다. 인증된 결제 금액과 요청한 결제 금액이 다릅니다.");
    public static readonly TossError InvalidOrderId =
        new(400, "INVALID_ORDER_ID", "주문번호는 영문 대소문자, 숫자, 특수문자(-, _)로 6자 이상 64자 이하여야 합니다.");
    public static readonly TossError InvalidOrderName =
        new(400, "INVALID_ORDER_NAME", "주문명은 1자 이상 100자 이하여야 합니다.");
    public static readonly TossError BelowMinimumAmount =
        new(400, "BELOW_MINIMUM_AMOUNT", "신용카드는 결제금액이 100원 이상이어야 합니다.");
    public static readonly TossError DuplicatedOrderId =
        new(400, "DUPLICATED_ORDER_ID", "이미 승인 및 취소가 진행된 중복된 주문번호 입니다. 다른 주문번호로 진행해주세요.");
    public static readonly TossError AlreadyCanceledPayment =
        new(400, "ALREADY_CANCELED_PAYMENT", "이미 취소된 결제 입니다.");
    public static readonly TossError NotCancelableAmount =
        new(403, "NOT_CANCELABLE_AMOUNT", "취소 할 수 없는 금액 입니다.");
    public static readonly TossError NotCancelablePayment =
        new(403, "NOT_CANCELABLE_PAYMENT", "취소 할 수 없는 결제 입니다.");

    // Messages for codes a test typically injects or declines with, so an injected fault reads like Toss.
    private static readonly Dictionary<string, TossError> Known = new[]
    {
        UnauthorizedKey, IncorrectBasicAuthFormat, InvalidRequest, InvalidIdempotencyKey,
        IdempotentRequestProcessing, NotFoundPayment, NotFoundPaymentSession, AlreadyProcessedPayment,
        UnapprovedOrderId, InvalidOrderId, InvalidOrderName, BelowMinimumAmount, DuplicatedOrderId, AlreadyCanceledPayment, NotCancelableAmount,
        NotCancelablePayment,
        new TossError(400, "PROVIDER_ERROR", "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요."),
        new TossError(400, "CARD_PROCESSING_ERROR", "카드사에서 오류가 발생했습니다."),
        new TossError(400, "EXCEED_MAX_CARD_INSTALLMENT_PLAN", "설정 가능한 최대 할부 개월 수를 초과했습니다."),
        new TossError(400, "INVALID_CARD_EXPIRATION", "카드 정보를 다시 확인해주세요. (유효기간)"),
        new TossError(400, "INVALID_STOPPED_CARD", "정지된 카드 입니다."),
        new TossError(400, "EXCEED_MAX_PAYMENT_AMOUNT", "하루 결제 가능 금액을 초과했습니다."),
        new TossError(400, "INVALID_CARD_LOST_OR_STOLEN", "분실 혹은 도난 카드입니다."),
        new TossError(400, "INVALID_CARD_NUMBER", "카드번호를 다시 확인해주세요."),
        new TossError(400, "INVALID_API_KEY", "잘못된 시크릿키 연동 정보 입니다."),
        new TossError(403, "REJECT_CARD_PAYMENT", "한도초과 혹은 잔액부족으로 결제에 실패했습니다."),
        new TossError(403, "REJECT_CARD_COMPANY", "결제 승인이 거절되었습니다."),
        new TossError(403, "INVALID_PASSWORD", "결제 비밀번호가 일치하지 않습니다."),
        new TossError(403, "FDS_ERROR", "[토스페이먼츠] 위험거래가 감지되어 결제가 제한됩니다."),
        new TossError(403, "FORBIDDEN_REQUEST", "허용되지 않은 요청입니다."),
        new TossError(403, "FORBIDDEN_CONSECUTIVE_REQUEST", "반복적인 요청은 허용되지 않습니다. 잠시 후 다시 시도해주세요."),
        new TossError(500, "FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING", "결제가 완료되지 않았어요. 다시 시도해주세요."),
        new TossError(500, "FAILED_INTERNAL_SYSTEM_PROCESSING", "내부 시스템 처리 작업이 실패했습니다. 잠시 후 다시 시도해주세요."),
        new TossError(500, "UNKNOWN_PAYMENT_ERROR", "결제에 실패했어요. 같은 문제가 반복된다면 은행이나 카드사로 문의해주세요."),
        new TossError(500, "FAILED_REFUND_PROCESS", "은행 응답시간 지연이나 일시적인 오류로 환불요청에 실패했습니다."),
        new TossError(500, "COMMON_ERROR", "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요."),
    }.ToDictionary(error => error.Code, StringComparer.Ordinal);

    /// <summary>The error for a code a caller chose (fault or decline); unknown codes keep a neutral message.</summary>
    public static TossError ForCode(string code, int? httpStatus, string? message)
    {
        Known.TryGetValue(code, out var known);
        return new TossError(
            httpStatus ?? known?.HttpStatus ?? 500,
            code,
            string.IsNullOrWhiteSpace(message) ? known?.Message ?? "샌드박스가 주입한 오류입니다." : message);
    }
}
