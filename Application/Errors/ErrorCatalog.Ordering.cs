using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Errors;

/// <summary>45xx — orders. The rules live in the domain (OrderStateMachine), so the errors are defined there and listed here.</summary>
public static partial class ErrorCatalog
{
    public static readonly Error OutOfStock = OrderErrors.OutOfStock;
    public static readonly Error OrderFailedPaymentCancelled = OrderErrors.OrderFailedPaymentCancelled;
    public static readonly Error OrderNotFound = OrderErrors.OrderNotFound;
    public static readonly Error OrderNotCancelable = OrderErrors.NotCancelable;
    public static readonly Error OrderIllegalTransition = OrderErrors.IllegalTransition;
}
