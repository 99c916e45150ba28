namespace Hexagon.Application.Catalog.Ports;

/// <param name="Price">Won, an integer.</param>
public sealed record MenuSummary(long MenuId, string Name, long Price, bool SoldOut, int RemainingStock, string? ImageUrl);
