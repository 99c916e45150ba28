namespace Hexagon.Adapters.Web.Cart;

// Fields are nullable so a missing one reaches the use case's validation and comes back as 1111 with a field error.
/// <summary>Body of POST /api/v1/cart/items. No price: prices are always read from the database.</summary>
public sealed record AddCartItemRequest(long? StoreId, long? MenuId, int? Quantity, IReadOnlyList<long>? OptionIds, bool? ReplaceCart);
