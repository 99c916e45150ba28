using Hexagon.Adapters.Web.Docs;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Observability;
using Hexagon.Adapters.Web.Security;
using Hexagon.Application.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hexagon.Adapters.Web.Pipeline;

/// <summary>The middleware order of the service, in one place. Order matters; each line says why it sits where it does.</summary>
public static class HexagonPipeline
{
    public static WebApplication UseHexagonPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Outermost: sees the final status of everything below, including errors written by the exception handler.
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The registered IExceptionHandler answers; this fallback only runs if it declined (response already started).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => new ProblemResult(ErrorCatalog.Unknown, StatusCodes.Status500InternalServerError).ExecuteAsync(context),
        });
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseCors();
        app.UseRouting();
        // After routing: both read the endpoint's metadata (named rate-limit policy, per-endpoint timeout).
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseMiddleware<TimeoutExceptionMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<DocsGateMiddleware>();
        }

        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.SwaggerEndpoint("/openapi/v1.json", "Hexagon API v1");
            options.DocumentTitle = "Hexagon API";
        });
        app.MapOpenApi("/openapi/{documentName}.json");
        foreach (var module in app.Services.GetServices<IEndpointModule>())
        {
            module.Map(app);
        }

        return app;
    }
}
