using Hexagon.Domain.Common;

namespace Hexagon.Application.Errors;

/// <summary>
/// 31xx — the cart. Option-choice failures each have their own code so the app can point at the right group; their
/// messages are the defaults, each occurrence names the group (see Cart/AddCartItem/OptionChoiceRules).
/// </summary>
public static partial class ErrorCatalog
{
    // The app answers this one with "empty the cart and add?" and retries with replaceCart: true.
    public static readonly Error CartHoldsAnotherStore = new("3101", ErrorKind.Conflict, "장바구니에는 한 매장의 메뉴만 담을 수 있어요. 장바구니를 비우고 담을까요?");
    public static readonly Error StoreNotTakingOrders = new("3102", ErrorKind.Conflict, "지금은 주문을 받지 않는 매장이에요.");

    // A state of the world (the store ran out), not a bad request: 409 like the other "not now" answers.
    public static readonly Error MenuSoldOut = new("3103", ErrorKind.Conflict, "품절된 메뉴예요.");
    public static readonly Error CartLineQuantityExceeded = new("3104", ErrorKind.Validation, "한 메뉴는 최대 99개까지 담을 수 있어요.");
    public static readonly Error CartItemNotFound = new("3105", ErrorKind.NotFound, "장바구니에서 메뉴를 찾을 수 없어요.");

    // Option choices (400): 3110–3115.
    public static readonly Error OptionRequired = new("3110", ErrorKind.Validation, "필수 옵션을 선택해 주세요.");
    public static readonly Error OptionTooFew = new("3111", ErrorKind.Validation, "옵션을 더 선택해 주세요.");
    public static readonly Error OptionTooMany = new("3112", ErrorKind.Validation, "선택할 수 있는 옵션 수를 넘었어요.");
    public static readonly Error OptionNotOfMenu = new("3113", ErrorKind.Validation, "이 메뉴에서 선택할 수 없는 옵션이에요.");
    public static readonly Error OptionDuplicated = new("3114", ErrorKind.Validation, "같은 옵션을 두 번 선택할 수 없어요.");
    public static readonly Error OptionSoldOut = new("3115", ErrorKind.Validation, "품절된 옵션이 있어요.");
}
