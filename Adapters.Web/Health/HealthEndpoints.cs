using Hexagon.Application.Health.CheckReadiness;
using Hexagon.Adapters.Web.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Health;

/// <summary>
/// /health/live: the process answers. /health/ready: MySQL and Redis answer and the migrations are applied.
/// Public and minimal: dependency names and up/down only, never hosts or error texts.
/// </summary>
public sealed class HealthEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.MapGroup("/health").DisableRateLimiting().ExcludeFromDescription();
        health.MapGet("/live", () => Results.Ok(new { status = "live" }));
        health.MapGet("/ready", async (ICheckReadiness readiness, CancellationToken cancellationToken) =>
        {
            var report = await readiness.CheckAsync(cancellationToken).ConfigureAwait(false);
            var body = new
            {
                status = report.Ready ? "ready" : "unavailable",
                checks = report.Dependencies.ToDictionary(dependency => dependency.Name, dependency => dependency.Ready ? "up" : "down"),
            };
            return Results.Json(body, WebJson.Options, statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
    }
}
