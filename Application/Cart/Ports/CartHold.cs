namespace Hexagon.Application.Cart.Ports;

/// <summary>The customer's cart row, locked by the running unit of work: which store it is for and how many lines it has.</summary>
public sealed record CartHold(long StoreId, int LineCount);
