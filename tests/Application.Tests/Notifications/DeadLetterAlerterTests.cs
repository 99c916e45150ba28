using Hexagon.Application.Alerts;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Tests.Notifications.Fakes;

namespace Hexagon.Application.Tests.Notifications;

public sealed class DeadLetterAlerterTests
{
    [Test]
    public async Task A_dead_letter_alerts_with_its_id_type_and_reason_keyed_by_type()
    {
        var sink = new RecordingAlertSink();

        await new DeadLetterAlerter(sink).OnDeadLetteredAsync(
            new OutboxEnvelope(42, "payment.refund", """{"orderId":"ORD-1"}""", 10, DateTimeOffset.UnixEpoch), "Gave up after 10 attempt(s)", CancellationToken.None);

        var alert = sink.Alerts.Single();
        Assert.That(alert.Key, Is.EqualTo("outbox-dead:payment.refund"));
        Assert.That(alert.Text, Does.Contain("42").And.Contain("payment.refund").And.Contain("Gave up after 10 attempt(s)"));
        Assert.That(alert.Text, Does.Not.Contain("ORD-1"), "the payload is not sent to the channel");
    }
}
