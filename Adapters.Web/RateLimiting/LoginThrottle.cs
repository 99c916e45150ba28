using System.Net;
using System.Threading.RateLimiting;
using Hexagon.Adapters.Web.Configuration;

namespace Hexagon.Adapters.Web.RateLimiting;

/// <summary>
/// Login attempts per (email, client IP): the rate-limiting middleware cannot see the email (it is in the body), so
/// the login endpoint asks this throttle before it runs the slow password check. In memory, per instance: with N
/// instances behind a balancer an attacker gets N times the limit (a shared Redis counter is the follow-up).
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LoginThrottle(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.LoginPermitLimit,
                Window = TimeSpan.FromSeconds(options.LoginWindowSeconds),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>True when this attempt may go ahead; otherwise <paramref name="retryAfter"/> says when to come back.</summary>
    public bool TryAcquire(string? email, IPAddress? clientIp, out TimeSpan retryAfter)
    {
        var key = $"{email?.Trim().ToLowerInvariant()}|{clientIp}";
        using var lease = _limiter.AttemptAcquire(key);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
