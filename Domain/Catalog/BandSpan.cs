namespace Hexagon.Domain.Catalog;

/// <summary>The stores of one <see cref="LatitudeBand"/> whose longitude lies in [MinLongitude, MaxLongitude] (degrees).</summary>
public readonly record struct BandSpan(int Band, double MinLongitude, double MaxLongitude);
