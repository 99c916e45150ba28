using System.Net.Http.Json;
using Hexagon.Application.Alerts.Ports;
using Microsoft.Extensions.Logging;

namespace Hexagon.Adapters.Notifications.Alerts;

/// <summary>
/// Operator alerts as Slack-compatible incoming-webhook posts ({"text": ...}) on a typed HttpClient. Every alert is
/// logged; it is posted when a webhook is configured and its key has not been sent within the throttle's interval.
/// A failed post is logged and swallowed: alerting must never break what raised it.
/// </summary>
public sealed class SlackWebhookAlertSink(HttpClient client, Uri? webhookUrl, AlertThrottle throttle, ILogger<SlackWebhookAlertSink> logger) : IAlertSink
{
    public async Task RaiseAsync(OperatorAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!throttle.TryPass(alert.Key))
        {
            logger.LogDebug("Operator alert {AlertKey} suppressed (sent recently)", alert.Key);
            return;
        }

        logger.LogWarning("Operator alert {AlertKey}: {AlertText}", alert.Key, alert.Text);
        if (webhookUrl is null)
        {
            return;
        }

        try
        {
            using var response = await client.PostAsJsonAsync(webhookUrl, new { text = alert.Text }, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogError("The alert webhook answered {StatusCode} for alert {AlertKey}", (int)response.StatusCode, alert.Key);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            // The URL is a secret: the exception type and the key only.
            logger.LogError("The alert webhook failed for alert {AlertKey}: {ExceptionType}", alert.Key, exception.GetType().Name);
        }
    }
}
