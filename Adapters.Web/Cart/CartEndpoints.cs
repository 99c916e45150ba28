using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Cart.AddCartItem;
using Hexagon.Application.Cart.ChangeCartItemQuantity;
using Hexagon.Application.Cart.CheckCartStock;
using Hexagon.Application.Cart.ClearCart;
using Hexagon.Application.Cart.GetCart;
using Hexagon.Application.Cart.RemoveCartItem;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Cart;

/// <summary>/api/v1/cart: the caller's own cart (the customer always comes from the access token) and its stock check.</summary>
public sealed class CartEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var cart = endpoints.MapGroup("/api/v1/cart").WithTags("Cart").RequireAuthorization(customerPolicy);
        cart.MapGet("", GetCartAsync)
            .WithSummary("My cart, priced from the database now. An empty cart has storeId null and no items.")
            .Produces<CartResponse>();
        cart.MapDelete("", ClearCartAsync)
            .WithSummary("Empty my cart. Emptying an empty cart changes nothing.")
            .Produces(StatusCodes.Status204NoContent);
        cart.MapPost("/items", AddItemAsync)
            .WithSummary("Add a menu with options; the same menu with the same options adds to its line. replaceCart empties another store's cart first.")
            .Produces<AddCartItemResponse>(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status409Conflict, contentType: ProblemResult.ContentType);
        cart.MapPatch("/items/{cartItemId:long}", ChangeQuantityAsync)
            .WithSummary("Set a line's quantity (1–99); answers the cart.")
            .Produces<CartResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
        cart.MapDelete("/items/{cartItemId:long}", RemoveItemAsync)
            .WithSummary("Take a line out of my cart.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType);
        cart.MapPost("/stock-check", CheckStockAsync)
            .WithSummary("Whether my cart could be ordered now: short menus, sold-out menus and options, a store not open.")
            .Produces<StockCheckResponse>();
    }

    private static async Task<IResult> GetCartAsync(HttpContext context, IGetCart getCart, CancellationToken cancellationToken)
    {
        var cart = await getCart.GetAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return Results.Json(CartResponse.From(cart), WebJson.Options);
    }

    private static async Task<IResult> ClearCartAsync(HttpContext context, IClearCart clearCart, CancellationToken cancellationToken)
    {
        var result = await clearCart.ClearAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> AddItemAsync(
        AddCartItemRequest request, HttpContext context, IAddCartItem addCartItem, CancellationToken cancellationToken)
    {
        var command = new AddCartItemCommand(
            context.User.GetUserId(),
            request.StoreId ?? 0,
            request.MenuId ?? 0,
            request.Quantity ?? 0,
            request.OptionIds ?? [],
            request.ReplaceCart ?? false);
        var result = await addCartItem.AddAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(added =>
            Results.Json(new AddCartItemResponse(added.CartItemId), WebJson.Options, statusCode: StatusCodes.Status201Created));
    }

    private static async Task<IResult> ChangeQuantityAsync(
        long cartItemId,
        ChangeCartItemQuantityRequest request,
        HttpContext context,
        IChangeCartItemQuantity changeQuantity,
        CancellationToken cancellationToken)
    {
        var command = new ChangeCartItemQuantityCommand(context.User.GetUserId(), cartItemId, request.Quantity ?? 0);
        var result = await changeQuantity.ChangeAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(cart => Results.Json(CartResponse.From(cart), WebJson.Options));
    }

    private static async Task<IResult> RemoveItemAsync(long cartItemId, HttpContext context, IRemoveCartItem removeCartItem, CancellationToken cancellationToken)
    {
        var result = await removeCartItem.RemoveAsync(context.User.GetUserId(), cartItemId, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> CheckStockAsync(HttpContext context, ICheckCartStock checkStock, CancellationToken cancellationToken)
    {
        var report = await checkStock.CheckAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return Results.Json(StockCheckResponse.From(report), WebJson.Options);
    }
}
