using System.Globalization;
using System.Threading.RateLimiting;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Application.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Hexagon.Adapters.Web.RateLimiting;

/// <summary>
/// A fixed window per client IP on every endpoint, and a named stricter "strict" policy for the endpoints that are
/// worth brute-forcing (login, sign-up, token refresh). Rejections answer 429 / 9005 with Retry-After.
/// </summary>
public static class RateLimitPolicies
{
    public const string Strict = "strict";

    /// <summary>Sign-ups per client IP.</summary>
    public const string SignUp = "signup";

    /// <summary>Token refreshes per client IP.</summary>
    public const string Refresh = "refresh";

    /// <summary>Concurrent payment calls (confirm, order placement) for the whole instance, with a queue.</summary>
    public const string Payments = "payments";

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(limits);
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => Window(limits.PermitLimit, limits.WindowSeconds)));
        limiter.AddPolicy(Strict, context =>
            RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => Window(limits.StrictPermitLimit, limits.StrictWindowSeconds)));
        limiter.AddPolicy(SignUp, context =>
            RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => Window(limits.SignUpPermitLimit, limits.SignUpWindowSeconds)));
        limiter.AddPolicy(Refresh, context =>
            RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => Window(limits.RefreshPermitLimit, limits.RefreshWindowSeconds)));
        limiter.AddPolicy(Payments, _ => RateLimitPartition.GetConcurrencyLimiter("payments", _ => new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.PaymentConcurrencyLimit,
            QueueLimit = limits.PaymentQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        limiter.OnRejected = async (rejected, _) =>
        {
            if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                rejected.HttpContext.Response.Headers.RetryAfter =
                    ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }

            await new ProblemResult(ErrorCatalog.TooManyRequests, StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
        };
    }

    // Behind a reverse proxy this must be the forwarded client address (UseForwardedHeaders with known proxies).
    private static string ClientKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions Window(int permits, int seconds) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromSeconds(seconds),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
