using Hexagon.Adapters.Web.Pipeline;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Outbox;

/// <summary>Plugs <see cref="OutboxEndpoints"/> into the pipeline's module list (registered by the outbox composition).</summary>
public sealed class OutboxEndpointModule : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints) => endpoints.MapOutboxEndpoints();
}
