namespace Hexagon.Adapters.Web.Ordering;

public sealed record OrderStoreResponse(long StoreId, string Name);
