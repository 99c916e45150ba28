using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

public static partial class ErrorCatalog
{
    // 322x — checkout
    public static readonly Error CheckoutNotFound = new("3221", ErrorKind.NotFound, "결제 정보를 찾을 수 없어요.");
    public static readonly Error CheckoutExpired = new("3222", ErrorKind.Conflict, "결제 가능 시간이 지났어요. 장바구니에서 다시 주문해 주세요.");

    /// <summary>Answered with the stock-check report as details: what is short, what is sold out, whether the store is closed.</summary>
    public static readonly Error CartNotOrderable = new("3223", ErrorKind.Conflict, "품절되었거나 재고가 부족한 메뉴가 있어요. 장바구니를 확인해 주세요.");

    public static readonly Error CheckoutCartEmpty = new("3224", ErrorKind.Conflict, "장바구니가 비어 있어요. 메뉴를 담은 뒤 주문해 주세요.");
    public static readonly Error PayableAmountTooSmall = new("3225", ErrorKind.Validation, "결제 금액은 100원 이상이어야 해요. 쿠폰이나 포인트 사용을 줄여 주세요.");

    // 101x — the payment confirm
    /// <summary>The amount sent with the confirm differs from the checkout's: a tampered amount never reaches Toss.</summary>
    public static readonly Error PaymentAmountMismatch = new("1011", ErrorKind.Validation, "결제 금액이 주문 금액과 일치하지 않아요.");

    /// <summary>Toss approved a payment whose order id or amount is not ours; it was cancelled at once.</summary>
    public static readonly Error PaymentVerificationFailed = new("1012", ErrorKind.Conflict, "결제 정보가 주문과 일치하지 않아 결제를 취소했어요.");

    public static readonly Error PaymentNotCompleted = new("1013", ErrorKind.Conflict, "결제가 완료되지 않았어요. 다시 결제해 주세요.");
    public static readonly Error PaymentAlreadyCompleted = new("1014", ErrorKind.Conflict, "이미 다른 결제로 완료된 주문이에요.");
}
