using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Hexagon.Adapters.Web.Pipeline;

/// <summary>
/// Sits just inside the request-timeout middleware. When a request's timeout fires, the code below does not always
/// fail with an <see cref="OperationCanceledException"/>: the MySQL driver, for one, surfaces its interrupted query as
/// its own exception. This turns any exception thrown after the timeout fired into a cancellation, so the timeout
/// middleware answers 504 / 9006 instead of the exception handler answering 500.
/// </summary>
public sealed class TimeoutExceptionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException
                                          && context.Features.Get<IHttpRequestTimeoutFeature>() is { } timeout
                                          && timeout.RequestTimeoutToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The request timed out.", exception, timeout.RequestTimeoutToken);
        }
    }
}
