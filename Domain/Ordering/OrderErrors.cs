using Hexagon.Domain.Common;

namespace Hexagon.Domain.Ordering;

/// <summary>
/// Why an order cannot be placed or cannot move (45xx). The application's catalog lists these same instances, so a code
/// is defined once.
/// </summary>
public static class OrderErrors
{
    public static readonly Error OutOfStock = new("4500", ErrorKind.Conflict, "재고가 부족한 메뉴가 있어요.");

    /// <summary>The order could not be stored after the charge; the payment was cancelled.</summary>
    public static readonly Error OrderFailedPaymentCancelled = new("4501", ErrorKind.Unavailable, "주문을 처리하지 못해 결제를 취소했어요. 잠시 후 다시 주문해 주세요.");

    public static readonly Error OrderNotFound = new("4520", ErrorKind.NotFound, "주문을 찾을 수 없어요.");

    /// <summary>The customer may cancel only before the store accepts.</summary>
    public static readonly Error NotCancelable = new("4530", ErrorKind.Conflict, "가게에서 이미 주문을 접수해서 취소할 수 없어요.");

    public static readonly Error IllegalTransition = new("4531", ErrorKind.Conflict, "지금 주문 상태에서는 처리할 수 없는 요청이에요.");

    public static Error CannotMove(OrderStatus from, OrderStatus to) =>
        IllegalTransition.WithMessage($"'{from.KoreanName()}' 상태의 주문은 '{to.KoreanName()}'(으)로 바꿀 수 없어요.");

    /// <summary>A failure after the charge: the buyer must read that the money went back.</summary>
    public static Error WithPaymentCancelled(Error error) => error.WithMessage(error.Message + " 결제는 취소되었어요.");
}
