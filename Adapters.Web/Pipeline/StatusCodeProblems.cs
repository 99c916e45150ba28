using Hexagon.Adapters.Web.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace Hexagon.Adapters.Web.Pipeline;

/// <summary>
/// Gives a body to the error statuses the framework answers without one (unknown route, 405, 415, a JSON body the
/// binder could not read, ...), so every error the app sees has the same problem-details shape.
/// </summary>
public static class StatusCodeProblems
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.HttpContext.Response.StatusCode;
        return new ProblemResult(ErrorStatusCodes.ErrorForStatus(status), status).ExecuteAsync(context.HttpContext);
    }
}
