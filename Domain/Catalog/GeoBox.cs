namespace Hexagon.Domain.Catalog;

/// <summary>A latitude/longitude rectangle in degrees (inclusive bounds).</summary>
public readonly record struct GeoBox(double MinLatitude, double MaxLatitude, double MinLongitude, double MaxLongitude);
