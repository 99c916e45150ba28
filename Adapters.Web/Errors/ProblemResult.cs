using System.Diagnostics;
using System.Text.Json;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Adapters.Web.Errors;

/// <summary>
/// Writes an <see cref="Error"/> as RFC 9457 problem details: type, title, status, detail (the Korean message),
/// instance, and the extensions errorCode, timestamp and traceId (+ errors for validation failures).
/// Every error response of the service goes through here, so the app sees one shape.
/// </summary>
public sealed class ProblemResult(Error error, int? statusCode = null) : IResult
{
    public const string ContentType = "application/problem+json";

    public Error Error { get; } = error;

    public int StatusCode { get; } = statusCode ?? ErrorStatusCodes.For(error);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var now = httpContext.RequestServices.GetService<TimeProvider>()?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        var body = new ProblemBody(
            Type: $"urn:hexagon:error:{Error.Code}",
            Title: ReasonPhrases.GetReasonPhrase(StatusCode),
            Status: StatusCode,
            Detail: Error.Message,
            Instance: httpContext.Request.Path.Value ?? "/",
            ErrorCode: Error.Code,
            Timestamp: now,
            TraceId: Activity.Current?.TraceId.ToString() ?? httpContext.TraceIdentifier,
            Errors: Error.FieldErrors,
            Details: Error.Details);
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, body, WebJson.Options, httpContext.RequestAborted)
            .ConfigureAwait(false);
    }

    private sealed record ProblemBody(
        string Type,
        string Title,
        int Status,
        string Detail,
        string Instance,
        string ErrorCode,
        DateTimeOffset Timestamp,
        string TraceId,
        IReadOnlyDictionary<string, string[]>? Errors,
        object? Details);
}
