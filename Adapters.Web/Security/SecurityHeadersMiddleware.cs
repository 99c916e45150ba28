using Hexagon.Adapters.Web.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Hexagon.Adapters.Web.Security;

/// <summary>Adds the configured security headers (Http:SecurityHeaders) to every response.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<HttpOptions> options)
{
    private readonly KeyValuePair<string, string>[] _headers = [.. options.Value.SecurityHeaders];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            foreach (var (name, value) in _headers)
            {
                // The docs UI needs its own scripts and styles; a strict API CSP would blank it.
                if (name.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
                    && context.Request.Path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                context.Response.Headers[name] = value;
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
