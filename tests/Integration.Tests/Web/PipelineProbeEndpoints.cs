using Dapper;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Persistence.Driver;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Integration.Tests.Web;

/// <summary>Test-only endpoints that make the pipeline's error paths happen for real.</summary>
public sealed class PipelineProbeEndpoints : IEndpointModule
{
    public const string SecretInException = "Server=10.1.2.3;Password=hunter2-secret";

    public string SlowQueryMarker { get; } = "probe-" + Guid.NewGuid().ToString("N");

    public void Map(IEndpointRouteBuilder endpoints)
    {
        var probes = endpoints.MapGroup("/test");
        probes.MapPost("/echo", (EchoRequest request) => Results.Ok(request));
        probes.MapGet("/throw", string () => throw new InvalidOperationException("Boom with " + SecretInException));
        probes.MapGet("/slow-query", async (IDbConnectionFactory connections, CancellationToken cancellationToken) =>
        {
            // The adapter's own connection factory: what repositories get. The request's token, which the request
            // timeout cancels, is the one handed to Dapper.
            await using var connection = await connections.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT SLEEP(30), '{SlowQueryMarker}'", cancellationToken: cancellationToken));
            return Results.Ok();
        }).WithRequestTimeout(TimeSpan.FromSeconds(1));
    }

    public sealed record EchoRequest(string Name);
}
