using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Pipeline;

/// <summary>
/// A group of endpoints of one feature. The composition root registers each module explicitly; the pipeline maps
/// every registered module, so adding a feature is one registration line, with no assembly scanning.
/// </summary>
public interface IEndpointModule
{
    void Map(IEndpointRouteBuilder endpoints);
}
