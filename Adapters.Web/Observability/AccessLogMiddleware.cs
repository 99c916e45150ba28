using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Web.Observability;

/// <summary>
/// One structured line per request: method, path (never the query string: it may carry tokens), status, duration,
/// user id when known, client IP, user agent and trace id. It also returns the trace id in X-Trace-Id so a user's
/// report can be matched to our logs; an incoming W3C traceparent is honoured by ASP.NET's hosting diagnostics.
/// </summary>
public sealed partial class AccessLogMiddleware(RequestDelegate next, ILogger<AccessLogMiddleware> logger)
{
    public const string TraceIdHeader = "X-Trace-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = Stopwatch.GetTimestamp();
        var traceId = Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[TraceIdHeader] = traceId;
            return Task.CompletedTask;
        });
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogRequest(
                logger,
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Response.StatusCode,
                Math.Round(elapsedMs, 1),
                context.User.FindFirstValue("sub") ?? context.User.Identity?.Name ?? "-",
                context.Connection.RemoteIpAddress?.ToString() ?? "-",
                Truncate(context.Request.Headers.UserAgent.ToString(), 200),
                traceId);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "HTTP {Method} {Path} {StatusCode} {DurationMs} ms user={UserId} ip={ClientIp} ua=\"{UserAgent}\" trace={TraceId}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double durationMs,
        string userId, string clientIp, string userAgent, string traceId);
}
