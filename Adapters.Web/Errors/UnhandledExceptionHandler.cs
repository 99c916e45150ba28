using Hexagon.Application.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Web.Errors;

/// <summary>
/// The last stop for exceptions. A client's mistake the framework reports as an exception (unreadable or oversized
/// body) keeps its 4xx; a request cancelled by its own timeout answers 504 / 9006 whatever exception the driver threw
/// on the way out; everything else is a bug or an infrastructure fault: logged in full, answered 500 / 9999 with no
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

        var timedOut = httpContext.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;
        ProblemResult problem;
        if (exception is BadHttpRequestException badRequest)
        {
            problem = new ProblemResult(ErrorStatusCodes.ErrorForStatus(badRequest.StatusCode), badRequest.StatusCode);
        }
        else if (timedOut)
        {
            LogTimedOut(logger, httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemResult(ErrorCatalog.RequestTimedOut, StatusCodes.Status504GatewayTimeout);
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
            problem = new ProblemResult(ErrorCatalog.Unknown, StatusCodes.Status500InternalServerError);
        }

        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request timed out on {Method} {Path}")]
    private static partial void LogTimedOut(ILogger logger, string method, PathString path);
}
