using Hexagon.Application.Cart.Ports;
using Hexagon.Application.Catalog.Ports;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Errors;
using Hexagon.Domain.Cart;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart.AddCartItem;

/// <summary>
/// One unit of work: read the store and the menu as they are now, check the choice, hold the customer's cart row
/// (creating it when there is none), switch stores only when asked, then insert or merge the line. Holding the cart
/// row first makes two adds of one customer run in turn, so the 99 check sees the other's quantity; the line's
/// unique key makes "same line" a database fact either way.
/// </summary>
public sealed class AddCartItemService(ICartRepository carts, IStoreCatalog catalog, IUnitOfWork unitOfWork, TimeProvider clock) : IAddCartItem
{
    public async Task<Result<AddCartItemResult>> AddAsync(AddCartItemCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var optionIds = command.OptionIds ?? [];
        var errors = new CartFieldErrors()
            .Id("storeId", command.StoreId, "매장을 선택해 주세요.")
            .Id("menuId", command.MenuId, "메뉴를 선택해 주세요.")
            .Quantity(command.Quantity);
        if (optionIds.Any(id => id <= 0))
        {
            errors.Add("optionIds", "옵션 번호가 올바르지 않아요.");
        }

        var key = OptionIdsKey.For(optionIds.Distinct());
        if (key.Length > OptionIdsKey.MaxLength)
        {
            errors.Add("optionIds", "옵션을 너무 많이 선택했어요.");
        }

        if (errors.Any)
        {
            return errors.ToError();
        }

        var line = new NewCartLine(command.MenuId, optionIds, key, command.Quantity);
        return await unitOfWork.ExecuteAsync(token => AddInTransactionAsync(command, line, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<AddCartItemResult>> AddInTransactionAsync(AddCartItemCommand command, NewCartLine line, CancellationToken token)
    {
        var store = await carts.FindStoreAsync(command.StoreId, token).ConfigureAwait(false);
        if (store is null)
        {
            return ErrorCatalog.StoreNotFound;
        }

        var menu = await catalog.FindMenuAsync(command.StoreId, command.MenuId, token).ConfigureAwait(false);
        if (menu is null)
        {
            return ErrorCatalog.MenuNotFound;
        }

        var refusal = Refusal(store, menu, line.OptionIds);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var hold = await carts.HoldCartAsync(command.UserId, command.StoreId, now, token).ConfigureAwait(false);
        if (hold.StoreId != command.StoreId)
        {
            // An empty cart of another store (left over, never shown) is switched without asking.
            if (hold.LineCount > 0 && !command.ReplaceCart)
            {
                return ErrorCatalog.CartHoldsAnotherStore;
            }

            await carts.SwitchStoreAsync(command.UserId, command.StoreId, now, token).ConfigureAwait(false);
        }

        var existing = await carts.FindLineAsync(command.UserId, line.MenuId, line.OptionIdsKey, token).ConfigureAwait(false);
        if (existing is not null && !CartQuantity.CanMerge(existing.Quantity, line.Quantity))
        {
            return ErrorCatalog.CartLineQuantityExceeded.WithMessage(
                $"한 메뉴는 최대 {CartQuantity.Max}개까지 담을 수 있어요. 지금 {existing.Quantity}개 담겨 있어요.");
        }

        var cartItemId = await carts.AddLineAsync(command.UserId, line, now, token).ConfigureAwait(false);
        return new AddCartItemResult(cartItemId);
    }

    private static Error? Refusal(CartStore store, MenuDetail menu, IReadOnlyList<long> optionIds)
    {
        if (!store.IsOpen)
        {
            return ErrorCatalog.StoreNotTakingOrders;
        }

        // MenuDetail.SoldOut already counts a stock of 0 as sold out, as the menu page shows it.
        if (menu.SoldOut)
        {
            return ErrorCatalog.MenuSoldOut.WithMessage($"'{menu.Name}'은(는) 품절된 메뉴예요.");
        }

        var choice = OptionChoiceRules.Check(menu, optionIds);
        return choice.IsSuccess ? null : choice.Error;
    }
}
