using Hexagon.Application.Catalog.Ports;

namespace Hexagon.Adapters.Web.Catalog;

public sealed record OptionGroupResponse(long GroupId, string Name, bool Required, int MinSelect, int MaxSelect, IReadOnlyList<OptionResponse> Options)
{
    public static OptionGroupResponse From(OptionGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new OptionGroupResponse(
            group.GroupId, group.Name, group.Required, group.MinSelect, group.MaxSelect, group.Options.Select(OptionResponse.From).ToList());
    }
}
