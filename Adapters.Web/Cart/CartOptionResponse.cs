using Hexagon.Application.Cart.Ports;

namespace Hexagon.Adapters.Web.Cart;

/// <param name="Price">The option's price delta in won, as the database has it now.</param>
public sealed record CartOptionResponse(long OptionId, string Name, long Price, bool SoldOut)
{
    public static CartOptionResponse From(PricedCartOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new CartOptionResponse(option.OptionId, option.Name, option.PriceDelta, option.SoldOut);
    }
}
