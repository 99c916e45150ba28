using Hexagon.Adapters.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Docs;

/// <summary>
/// Outside Development the API description is operator-only: /docs (Swagger UI, a middleware, not an endpoint)
/// and /openapi are gated here with the operator Basic scheme.
/// </summary>
public sealed class DocsGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsDocsPath(context.Request.Path))
        {
            var result = await context.AuthenticateAsync(OperatorAuthentication.Scheme).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                await context.ChallengeAsync(OperatorAuthentication.Scheme).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    private static bool IsDocsPath(PathString path) =>
        path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
