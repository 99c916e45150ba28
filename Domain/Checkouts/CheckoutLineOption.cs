namespace Hexagon.Domain.Checkouts;

/// <summary>A chosen option as it was priced when the checkout was made.</summary>
public sealed record CheckoutLineOption(long OptionId, string Name, long Price);
