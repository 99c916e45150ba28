using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Checkouts.CreateCheckout;

/// <summary>The request-shape checks of a checkout, collected so one 1111 answer lists every bad field.</summary>
internal static class CheckoutCommandRules
{
    public const int MaxRequestNoteLength = 200;

    public static Error? Check(CreateCheckoutCommand command)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (command.UserCouponId is <= 0)
        {
            errors["userCouponId"] = ["쿠폰 번호가 올바르지 않아요."];
        }

        if (command.UsePoints < 0)
        {
            errors["usePoints"] = ["사용할 포인트는 0 이상이어야 해요."];
        }

        if (command.RequestNote is { Length: > MaxRequestNoteLength })
        {
            errors["requestNote"] = [$"요청 사항은 {MaxRequestNoteLength}자까지 적을 수 있어요."];
        }

        return errors.Count == 0 ? null : ErrorCatalog.ValidationFailed.WithFieldErrors(errors);
    }
}
