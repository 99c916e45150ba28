namespace Hexagon.Application.Cart.Ports;

/// <summary>The store a cart is for, as the database says now.</summary>
/// <param name="Status">OPEN, CLOSED or PAUSED (stores.status).</param>
public sealed record CartStore(long StoreId, string Name, string Status)
{
    public const string OpenStatus = "OPEN";

    /// <summary>Only an open store takes new cart lines and orders; a closed or paused one still shows.</summary>
    public bool IsOpen => string.Equals(Status, OpenStatus, StringComparison.Ordinal);
}
