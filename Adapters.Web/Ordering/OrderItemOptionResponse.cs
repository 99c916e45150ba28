namespace Hexagon.Adapters.Web.Ordering;

public sealed record OrderItemOptionResponse(long OptionId, string Name, long Price);
