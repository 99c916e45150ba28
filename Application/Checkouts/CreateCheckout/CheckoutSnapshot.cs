using Hexagon.Application.Cart.Ports;
using Hexagon.Domain.Checkouts;

namespace Hexagon.Application.Checkouts.CreateCheckout;

/// <summary>Freezes the priced cart lines into checkout lines: what the buyer pays for is what the order will hold.</summary>
internal static class CheckoutSnapshot
{
    public static IReadOnlyList<CheckoutLine> Of(PricedCart cart) => cart.Lines
        .Select(line => new CheckoutLine(
            line.MenuId,
            line.Name,
            line.Quantity,
            line.MenuPrice,
            line.Options.Select(option => new CheckoutLineOption(option.OptionId, option.Name, option.PriceDelta)).ToList()))
        .ToList();
}
