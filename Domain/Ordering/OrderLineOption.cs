namespace Hexagon.Domain.Ordering;

public sealed record OrderLineOption(long OptionId, string Name, long Price);
