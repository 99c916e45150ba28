using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>
/// Retry, circuit breaker and per-attempt timeout around every Toss call (Polly.Core; the Microsoft.Extensions.Http
/// resilience package is not available here, hence this small handler).
/// Retries are safe because every POST carries an Idempotency-Key and GETs change nothing. Only answers that say
/// nothing happened yet are retried: no answer at all (connection failure, timeout) and 409 IDEMPOTENT_REQUEST_PROCESSING
/// for any call, plus 5xx/429 for GETs. A 5xx to a POST is not retried: Toss replays the first answer to the same key,
/// so the retry would only repeat it; the caller looks the payment up instead.
/// </summary>
public sealed class TossResilienceHandler(ResiliencePipeline<HttpResponseMessage> pipeline) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(async token => await base.SendAsync(request, token), cancellationToken).AsTask();

    /// <summary>The pipeline: one instance per gateway, so its circuit state is shared by every call.</summary>
    public static ResiliencePipeline<HttpResponseMessage> CreatePipeline(TossResilienceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = settings.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsProviderFailure(args.Outcome)),
            })
            .AddTimeout(settings.AttemptTimeout)
            .Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
        {
            return true;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // Toss answers 409 only with IDEMPOTENT_REQUEST_PROCESSING: the first request with the key is still running.
            return true;
        }

        var isGet = response.RequestMessage?.Method == HttpMethod.Get;
        return isGet && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests);
    }

    // The breaker counts the provider being down or slow, never a decline or our own 4xx.
    private static bool IsProviderFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || (outcome.Result is { } response && (int)response.StatusCode >= 500);
}
