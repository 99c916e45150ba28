using System.Collections.Concurrent;
using System.Text;
using Hexagon.Sandbox.Hosting;
using Hexagon.Sandbox.Toss.Payments;

namespace Hexagon.Sandbox.Toss.Webhooks;

/// <summary>
/// Sends PAYMENT_STATUS_CHANGED events in the background (never on the API call's path, like Toss), retrying
/// on anything but HTTP 200 on Toss's schedule. Without a webhook URL events are still recorded, so a later
/// redeliver has something to send, but nothing is posted.
/// </summary>
internal sealed class WebhookDispatcher(TossSandboxSettings settings, TimeProvider clock) : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, WebhookEvent> _latest = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WebhookAttempt> _attempts = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public IReadOnlyCollection<WebhookAttempt> Attempts => _attempts.ToArray();

    public void Publish(PaymentView payment)
    {
        var body = new
        {
            eventType = "PAYMENT_STATUS_CHANGED",
            createdAt = TossTime.WebhookCreatedAt(clock.GetUtcNow()),
            data = payment,
        };
        var webhookEvent = new WebhookEvent(Guid.NewGuid().ToString("N"), payment.PaymentKey, payment.Status,
            SandboxJson.Serialize(body));
        _latest[payment.PaymentKey] = webhookEvent;
        Send(webhookEvent);
    }

    /// <summary>Sends the payment's latest event again, as a new series of attempts. False when there is none.</summary>
    public bool Redeliver(string paymentKey)
    {
        if (!_latest.TryGetValue(paymentKey, out var webhookEvent)) return false;
        Send(webhookEvent);
        return true;
    }

    private void Send(WebhookEvent webhookEvent)
    {
        var url = settings.WebhookUri;
        if (url is null || _stopping.IsCancellationRequested) return;
        var delivery = Task.Run(() => DeliverAsync(url, webhookEvent, _stopping.Token));
        _running.TryAdd(delivery, 0);
        delivery.ContinueWith(done => _running.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task DeliverAsync(Uri url, WebhookEvent webhookEvent, CancellationToken cancellation)
    {
        for (var retry = 0; retry <= WebhookSchedule.MaxRetries; retry++)
        {
            if (retry > 0)
                await Task.Delay(WebhookSchedule.WaitBefore(retry, settings.WebhookRetryScale), clock, cancellation);
            if (await TryOnceAsync(url, webhookEvent, retry, cancellation)) return;
        }
    }

    private async Task<bool> TryOnceAsync(Uri url, WebhookEvent webhookEvent, int retry, CancellationToken cancellation)
    {
        var now = TossTime.PaymentTimestamp(clock.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(webhookEvent.Json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("tosspayments-webhook-transmission-time", now);
        request.Headers.Add("tosspayments-webhook-transmission-retried-count", retry.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("tosspayments-webhook-transmission-id", webhookEvent.TransmissionId);
        int? status = null;
        string? error = null;
        try
        {
            using var response = await _http.SendAsync(request, cancellation);
            status = (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            error = exception.Message;
        }
        _attempts.Enqueue(new WebhookAttempt(webhookEvent.TransmissionId, webhookEvent.PaymentKey,
            webhookEvent.PaymentStatus, retry, status, status == 200, error, now));
        return status == 200;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_running.Keys);
        }
        catch (OperationCanceledException)
        {
            // Pending retries are dropped when the sandbox stops: its state is gone anyway.
        }
        _http.Dispose();
        _stopping.Dispose();
    }
}
