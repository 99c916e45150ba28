using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

public sealed record OptionResponse(long OptionId, string Name, long Price, bool SoldOut)
{
    public static OptionResponse From(MenuOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new OptionResponse(option.OptionId, option.Name, option.Price, option.SoldOut);
    }
}
