using Hexagon.Adapters.Web.Pipeline;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Admin;

/// <summary>Plugs <see cref="JobRunsEndpoints"/> into the pipeline's module list (registered by the jobs composition).</summary>
public sealed class JobRunsEndpointModule : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapJobRunsEndpoints();
}
