using Hexagon.Application.Alerts;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Application.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Web.Errors;

/// <summary>
/// The last stop for exceptions. A client's mistake the framework reports as an exception (unreadable or oversized
/// body) keeps its 4xx (request timeouts are answered by the timeout middleware, see TimeoutExceptionMiddleware);
/// everything else is a bug or an infrastructure fault: logged in full, answered 500 / 9999 with no
/// internals in the body.
/// </summary>
public sealed partial class UnhandledExceptionHandler(ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        ProblemResult problem;
        if (exception is BadHttpRequestException badRequest)
        {
            problem = new ProblemResult(ErrorStatusCodes.ErrorForStatus(badRequest.StatusCode), badRequest.StatusCode);
        }
        else if (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads an answer. 499 is the de-facto "client closed request" status.
            httpContext.Response.StatusCode = 499;
            return true;
        }
        else
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            await RaiseAlertAsync(httpContext, exception).ConfigureAwait(false);
            problem = new ProblemResult(ErrorCatalog.Unknown, StatusCodes.Status500InternalServerError);
        }

        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    // The route template, never the path: a path can hold ids of people. The sink never throws and rate-limits by key.
    private static Task RaiseAlertAsync(HttpContext httpContext, Exception exception)
    {
        var alerts = httpContext.RequestServices.GetService<IAlertSink>();
        if (alerts is null)
        {
            return Task.CompletedTask;
        }

        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        var alert = OperatorAlerts.UnhandledServerError(
            httpContext.Request.Method, route, exception.GetType().Name, System.Diagnostics.Activity.Current?.TraceId.ToString());
        return alerts.RaiseAsync(alert, CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);
}
