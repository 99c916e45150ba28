using Hexagon.Adapters.Notifications.Alerts;
using Hexagon.Application.Alerts;
using Hexagon.Application.Alerts.Ports;
using Hexagon.Integration.Tests.Outbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>Operator alerts over a real HTTP webhook: posted as {text}, the same key once a minute, failures swallowed.</summary>
public sealed class SlackWebhookAlertSinkTests
{
    private FakeFcmServer _server = null!;
    private HttpClient _client = null!;
    private OutboxClock _clock = null!;

    [SetUp]
    public async Task Start()
    {
        _server = await FakeFcmServer.StartAsync();
        _client = new HttpClient();
        _clock = new OutboxClock(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));
    }

    [TearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task The_same_alert_reaches_the_webhook_at_most_once_a_minute()
    {
        var sink = Sink(new Uri(_server.SlackUrl));
        var alert = OperatorAlerts.DeadLettered(41, "payment.refund", "Gave up after 10 attempt(s)");

        await sink.RaiseAsync(alert, CancellationToken.None);
        await sink.RaiseAsync(alert with { Text = "same key, other id" }, CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(59));
        await sink.RaiseAsync(alert, CancellationToken.None);
        await sink.RaiseAsync(OperatorAlerts.PushMisconfigured("FCM 403 SENDER_ID_MISMATCH"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(1));
        await sink.RaiseAsync(alert, CancellationToken.None);

        Assert.That(_server.SlackPosts, Is.EqualTo(new[]
        {
            alert.Text,
            OperatorAlerts.PushMisconfigured("FCM 403 SENDER_ID_MISMATCH").Text,
            alert.Text,
        }));
    }

    [Test]
    public async Task A_failing_webhook_is_logged_not_thrown()
    {
        _server.SlackAnswers.Enqueue(500);

        await Sink(new Uri(_server.SlackUrl)).RaiseAsync(new OperatorAlert("k1", "first"), CancellationToken.None);
        await Sink(new Uri("http://127.0.0.1:9/unreachable")).RaiseAsync(new OperatorAlert("k2", "second"), CancellationToken.None);

        Assert.That(_server.SlackPosts, Is.EqualTo(new[] { "first" }));
    }

    [Test]
    public async Task Without_a_webhook_alerts_are_only_logged()
    {
        await Sink(null).RaiseAsync(new OperatorAlert("k", "text"), CancellationToken.None);

        Assert.That(_server.SlackPosts, Is.Empty);
    }

    private SlackWebhookAlertSink Sink(Uri? url) =>
        new(_client, url, new AlertThrottle(TimeSpan.FromMinutes(1), _clock), NullLogger<SlackWebhookAlertSink>.Instance);
}
