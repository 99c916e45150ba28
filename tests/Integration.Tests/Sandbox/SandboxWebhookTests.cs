using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxWebhookTests
{
    [Test]
    public async Task A_confirm_sends_PAYMENT_STATUS_CHANGED_with_Toss_headers_and_retries_a_non_200_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500);
        await using var toss = await TossSandboxHarness.StartAsync(settings =>
        {
            settings.WebhookUrl = receiver.Url;
            settings.WebhookRetryScale = 0.001; // Toss's first retry after 1 minute becomes 60 ms
        });
        var payment = await toss.AuthenticateAsync();

        var confirm = await toss.ConfirmAsync(payment);
        var first = await receiver.NextAsync();
        var retry = await receiver.NextAsync();

        Assert.That(confirm.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.AnsweredWith, Is.EqualTo(500));
        Assert.That((first.RetriedCount, retry.RetriedCount), Is.EqualTo(("0", "1")));
        Assert.That(first.TransmissionId, Is.Not.Empty);
        Assert.That(retry.TransmissionId, Is.EqualTo(first.TransmissionId));
        Assert.That(DateTimeOffset.TryParse(first.TransmissionTime, CultureInfo.InvariantCulture, out _), Is.True);
        Assert.That(first.Body.GetProperty("eventType").GetString(), Is.EqualTo("PAYMENT_STATUS_CHANGED"));
        Assert.That(first.Body.GetProperty("createdAt").GetString(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$"));
        var data = first.Body.GetProperty("data");
        Assert.That(data.GetProperty("paymentKey").GetString(), Is.EqualTo(payment.PaymentKey));
        Assert.That(data.GetProperty("status").GetString(), Is.EqualTo("DONE"));
        Assert.That(data.GetProperty("secret").GetString(), Is.EqualTo(confirm.Body.GetProperty("secret").GetString()));

        var attempts = await DeliveriesAsync(toss);
        Assert.That(attempts.Select(a => (a.GetProperty("retriedCount").GetInt32(), a.GetProperty("httpStatus").GetInt32(),
            a.GetProperty("delivered").GetBoolean())), Is.EqualTo(new[] { (0, 500, false), (1, 200, true) }));
    }

    [Test]
    public async Task Every_status_change_is_sent_and_redeliver_resends_the_latest_event_under_its_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var toss = await TossSandboxHarness.StartAsync(settings => settings.WebhookUrl = receiver.Url);
        var payment = await toss.AuthenticateAsync(9_000);

        await toss.ConfirmAsync(payment);
        var done = await receiver.NextAsync();
        await toss.CancelAsync(payment.PaymentKey, "부분 취소", 1_000);
        var partial = await receiver.NextAsync();
        await toss.CancelAsync(payment.PaymentKey, "전체 취소");
        var canceled = await receiver.NextAsync();
        using var redeliver = await toss.Http.PostAsync(new Uri("sandbox/v1/webhooks/redeliver", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { paymentKey = payment.PaymentKey }));
        var again = await receiver.NextAsync();

        Assert.That(new[] { done, partial, canceled }.Select(Status), Is.EqualTo(new[] { "DONE", "PARTIAL_CANCELED", "CANCELED" }));
        Assert.That(new[] { done, partial, canceled }.Select(w => w.TransmissionId), Is.Unique);
        Assert.That(redeliver.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That((again.TransmissionId, Status(again)), Is.EqualTo((canceled.TransmissionId, "CANCELED")));
    }

    [Test]
    public async Task An_expired_payment_is_announced_when_the_sandbox_notices_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var toss = await TossSandboxHarness.StartAsync(settings =>
        {
            settings.WebhookUrl = receiver.Url;
            settings.ConfirmWindowSeconds = 0.2;
        });
        var payment = await toss.AuthenticateAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(400));

        await toss.GetAsync($"v1/payments/{payment.PaymentKey}");

        Assert.That(Status(await receiver.NextAsync()), Is.EqualTo("EXPIRED"));
    }

    private static string? Status(ReceivedWebhook webhook) => webhook.Body.GetProperty("data").GetProperty("status").GetString();

    private static async Task<JsonElement[]> DeliveriesAsync(TossSandboxHarness toss)
    {
        // The attempt is recorded right after the receiver answers: give the sandbox a moment to write it down.
        for (var tries = 0; ; tries++)
        {
            var json = await toss.Http.GetStringAsync(new Uri("sandbox/v1/webhooks/deliveries", UriKind.Relative));
            var attempts = JsonDocument.Parse(json).RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
            if (attempts.Length >= 2 || tries == 50) return attempts;
            await Task.Delay(20);
        }
    }
}
