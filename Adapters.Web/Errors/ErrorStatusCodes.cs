using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Errors;

/// <summary>The one place that decides which HTTP status an error kind answers with, and which error a bare status means.</summary>
public static class ErrorStatusCodes
{
    // Protocol errors answer with the protocol's own status rather than their kind's.
    private static readonly Dictionary<string, int> ProtocolStatuses = new(StringComparer.Ordinal)
    {
        [ErrorCatalog.MethodNotAllowed.Code] = StatusCodes.Status405MethodNotAllowed,
        [ErrorCatalog.PayloadTooLarge.Code] = StatusCodes.Status413PayloadTooLarge,
        [ErrorCatalog.UnsupportedMediaType.Code] = StatusCodes.Status415UnsupportedMediaType,
        [ErrorCatalog.TooManyRequests.Code] = StatusCodes.Status429TooManyRequests,
        [ErrorCatalog.TooManyLoginAttempts.Code] = StatusCodes.Status429TooManyRequests,
        [ErrorCatalog.RequestTimedOut.Code] = StatusCodes.Status504GatewayTimeout,
    };

    public static int For(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return ProtocolStatuses.TryGetValue(error.Code, out var status) ? status : For(error.Kind);
    }

    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// The catalog error for a response the framework produced without a body (unknown route, wrong method, a body
    /// the JSON binder could not read, ...). Protocol statuses keep their own status code; see <see cref="ProblemResult"/>.
    /// </summary>
    public static Error ErrorForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status400BadRequest => ErrorCatalog.MalformedBody,
        StatusCodes.Status401Unauthorized => ErrorCatalog.Unauthorized,
        StatusCodes.Status403Forbidden => ErrorCatalog.Forbidden,
        StatusCodes.Status404NotFound => ErrorCatalog.RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCatalog.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ErrorCatalog.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ErrorCatalog.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCatalog.TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => ErrorCatalog.ServiceUnavailable,
        StatusCodes.Status504GatewayTimeout => ErrorCatalog.RequestTimedOut,
        >= 400 and < 500 => ErrorCatalog.ValidationFailed,
        _ => ErrorCatalog.Unknown,
    };
}
