using Hexagon.Domain.Ordering;

namespace Hexagon.Application.Ordering.PlaceOrder;

/// <param name="Created">False when the order already existed (a repeated submit): the web answers 200 instead of 201.</param>
public sealed record PlacedOrder(Order Order, bool Created);
