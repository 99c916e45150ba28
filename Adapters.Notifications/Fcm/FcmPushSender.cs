using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hexagon.Adapters.Notifications.Configuration;
using Hexagon.Application.Notifications.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Notifications.Fcm;

/// <summary>
/// FCM HTTP v1 on a typed HttpClient (BaseAddress = FcmOptions.BaseUrl). Every outcome is a <see cref="PushResult"/>:
/// UNREGISTERED or an invalid token → TokenGone; UNAVAILABLE, INTERNAL, QUOTA_EXCEEDED, 5xx and network faults →
/// Transient (with Retry-After; quota waits at least a minute, as FCM asks); SENDER_ID_MISMATCH,
/// THIRD_PARTY_AUTH_ERROR, 401, 403 or a refused token grant → Misconfigured. Tokens are never logged.
/// </summary>
public sealed class FcmPushSender(HttpClient client, FcmAccessTokenSource tokens, FcmOptions options, TimeProvider clock, ILogger<FcmPushSender> logger)
    : IPushSender
{
    private static readonly TimeSpan QuotaBackoff = TimeSpan.FromMinutes(1);

    public async Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!tokens.IsConfigured)
        {
            return PushResult.Disabled;
        }

        try
        {
            var accessToken = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"v1/projects/{Uri.EscapeDataString(options.ProjectId)}/messages:send", UriKind.Relative))
            {
                Content = JsonContent.Create(FcmMessageBody.For(message)),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return PushResult.Delivered;
            }

            var error = FcmError.Read(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            return Classify(response, error);
        }
        catch (FcmTokenException exception)
        {
            return new PushResult(exception.Misconfigured ? PushResultKind.Misconfigured : PushResultKind.Transient, exception.Message);
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("FCM unreachable: {Error}", exception.Message);
            return new PushResult(PushResultKind.Transient, "FCM unreachable");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PushResult(PushResultKind.Transient, "FCM timed out");
        }
    }

    private PushResult Classify(HttpResponseMessage response, FcmError error)
    {
        var status = (int)response.StatusCode;
        var code = error.ErrorCode ?? error.Status ?? status.ToString(CultureInfo.InvariantCulture);
        var reason = string.Create(CultureInfo.InvariantCulture, $"FCM {status} {code}");
        switch (code)
        {
            case "UNREGISTERED":
                return new PushResult(PushResultKind.TokenGone, reason);
            case "INVALID_ARGUMENT" when error.Message?.Contains("token", StringComparison.OrdinalIgnoreCase) == true:
                return new PushResult(PushResultKind.TokenGone, reason);
            case "SENDER_ID_MISMATCH" or "THIRD_PARTY_AUTH_ERROR":
                return new PushResult(PushResultKind.Misconfigured, reason);
            case "QUOTA_EXCEEDED":
                return new PushResult(PushResultKind.Transient, reason, Max(RetryAfter(response), QuotaBackoff));
            case "UNAVAILABLE" or "INTERNAL":
                return new PushResult(PushResultKind.Transient, reason, RetryAfter(response));
        }

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate();
            return new PushResult(PushResultKind.Misconfigured, reason);
        }

        return response.StatusCode switch
        {
            HttpStatusCode.NotFound => new PushResult(PushResultKind.TokenGone, reason),
            HttpStatusCode.TooManyRequests => new PushResult(PushResultKind.Transient, reason, Max(RetryAfter(response), QuotaBackoff)),
            >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout => new PushResult(PushResultKind.Transient, reason, RetryAfter(response)),
            _ => new PushResult(PushResultKind.Misconfigured, reason),
        };
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static TimeSpan Max(TimeSpan? retryAfter, TimeSpan floor) => retryAfter is { } wait && wait > floor ? wait : floor;
}
