using Hexagon.Domain.Catalog;

namespace Hexagon.Application.Catalog.Ports;

/// <param name="After">The last row of the previous page, or null for the first page.</param>
/// <param name="ViewerId">The signed-in customer whose likes are shown, or null for an anonymous caller.</param>
public sealed record NearbyStoresRequest(
    GeoPoint Origin, int RadiusMeters, StoreSort Sort, StoreListPosition? After, int Limit, long? ViewerId);
