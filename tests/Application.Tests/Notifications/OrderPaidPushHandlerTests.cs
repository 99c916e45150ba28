using Hexagon.Application.Notifications.OrderPaidPush;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Application.Tests.Notifications.Fakes;
using Hexagon.Domain.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Application.Tests.Notifications;

public sealed class OrderPaidPushHandlerTests
{
    private const string Payload = """{"orderNo":"ORD-1","userId":7,"storeId":3,"totalAmount":12000,"placedAt":"2026-11-22T03:00:00+00:00"}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 5, TimeSpan.Zero);

    private InMemoryNotificationRepository _notifications = null!;
    private InMemoryPushTokens _tokens = null!;
    private ScriptedPushSender _pushes = null!;
    private RecordingAlertSink _alerts = null!;
    private OrderPaidPushHandler _handler = null!;

    [SetUp]
    public void Build()
    {
        _notifications = new InMemoryNotificationRepository();
        _tokens = new InMemoryPushTokens();
        _pushes = new ScriptedPushSender();
        _alerts = new RecordingAlertSink();
        var stores = new FixedStoreNames();
        stores.Names[3] = "강남 샐러드";
        _handler = new OrderPaidPushHandler(_notifications, stores, _tokens, _pushes, _alerts, new StoppedClock(Now), NullLogger<OrderPaidPushHandler>.Instance);
    }

    [Test]
    public async Task A_paid_order_becomes_a_notification_pushed_to_every_device_of_its_customer()
    {
        _tokens.Owners["phone"] = 7;
        _tokens.Owners["tablet"] = 7;
        _tokens.Owners["someone-else"] = 8;

        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        var notification = _notifications.Rows.Single();
        Assert.That((notification.UserId, notification.Type, notification.OrderNo, notification.CreatedAt), Is.EqualTo((7L, NotificationType.OrderPaid, "ORD-1", Now)));
        Assert.That(notification.Body, Is.EqualTo("[강남 샐러드] 결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요."));
        Assert.That(_pushes.Sent.Select(push => push.Token), Is.EquivalentTo(new[] { "phone", "tablet" }));
        Assert.That(_pushes.Sent[0].Body, Is.EqualTo(notification.Body));
        Assert.That(_pushes.Sent[0].Data, Is.EquivalentTo(new Dictionary<string, string> { ["type"] = "ORDER_PAID", ["orderNo"] = "ORD-1" }));
    }

    [Test]
    public async Task A_repeated_delivery_keeps_one_notification()
    {
        await HandleAsync();
        await HandleAsync();

        Assert.That(_notifications.Rows, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_customer_without_devices_still_gets_the_notification()
    {
        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        Assert.That(_notifications.Rows, Has.Count.EqualTo(1));
        Assert.That(_pushes.Sent, Is.Empty);
    }

    [Test]
    public async Task A_gone_token_is_deleted_and_the_others_still_get_the_push()
    {
        _tokens.Owners["old-phone"] = 7;
        _tokens.Owners["phone"] = 7;
        _pushes.Answers["old-phone"] = new PushResult(PushResultKind.TokenGone, "FCM 404 UNREGISTERED");

        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        Assert.That(_tokens.Owners.Keys, Is.EqualTo(new[] { "phone" }));
        Assert.That(_pushes.Sent.Select(push => push.Token), Is.EquivalentTo(new[] { "old-phone", "phone" }));
    }

    [Test]
    public async Task A_transient_failure_is_retried_after_the_longest_retry_after_asked_for()
    {
        _tokens.Owners["a"] = 7;
        _tokens.Owners["b"] = 7;
        _pushes.Answers["a"] = new PushResult(PushResultKind.Transient, "FCM 503 UNAVAILABLE", TimeSpan.FromSeconds(30));
        _pushes.Answers["b"] = new PushResult(PushResultKind.Transient, "FCM 503 UNAVAILABLE", TimeSpan.FromSeconds(90));

        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Retry));
        Assert.That(outcome.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(90)));
        Assert.That(outcome.Reason, Does.Contain("UNAVAILABLE").And.Not.Contain("\"a\""));
        Assert.That(_tokens.Owners, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_transient_failure_without_retry_after_leaves_the_back_off_to_the_relay()
    {
        _tokens.Owners["a"] = 7;
        _pushes.Answers["a"] = new PushResult(PushResultKind.Transient, "FCM 500 INTERNAL");

        var outcome = await HandleAsync();

        Assert.That((outcome.Kind, outcome.RetryAfter), Is.EqualTo((OutboxHandlingKind.Retry, (TimeSpan?)null)));
    }

    [Test]
    public async Task A_configuration_error_alerts_the_operators_and_dead_letters_the_message()
    {
        _tokens.Owners["a"] = 7;
        _pushes.Answers["a"] = new PushResult(PushResultKind.Misconfigured, "FCM 403 SENDER_ID_MISMATCH");

        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Dead));
        Assert.That(_alerts.Alerts.Single().Key, Is.EqualTo("push-misconfigured"));
        Assert.That(_alerts.Alerts.Single().Text, Does.Contain("SENDER_ID_MISMATCH"));
        Assert.That(_tokens.Owners, Has.Count.EqualTo(1), "a configuration error says nothing about the token");
    }

    [Test]
    public async Task Pushes_without_credentials_are_skipped_but_the_notification_is_kept()
    {
        _tokens.Owners["a"] = 7;
        _pushes.Answers["a"] = PushResult.Disabled;

        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        Assert.That(_notifications.Rows, Has.Count.EqualTo(1));
        Assert.That(_alerts.Alerts, Is.Empty);
    }

    [Test]
    public async Task A_deleted_customer_gets_nothing_and_the_message_is_done()
    {
        _tokens.Owners["a"] = 7;
        _notifications.DeletedUsers.Add(7);

        var outcome = await HandleAsync();

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Done));
        Assert.That(_pushes.Sent, Is.Empty);
    }

    [TestCase("not json")]
    [TestCase("""{"orderNo":"","userId":7,"storeId":3}""")]
    [TestCase("""{"orderNo":"ORD-1","userId":0,"storeId":3}""")]
    public async Task An_unreadable_payload_is_dead_lettered(string payload)
    {
        var outcome = await _handler.HandleAsync(new OutboxEnvelope(1, "push.order-paid", payload, 1, Now), CancellationToken.None);

        Assert.That(outcome.Kind, Is.EqualTo(OutboxHandlingKind.Dead));
        Assert.That(_notifications.Rows, Is.Empty);
    }

    [Test]
    public async Task An_unknown_store_leaves_the_name_out()
    {
        var payload = Payload.Replace("\"storeId\":3", "\"storeId\":99", StringComparison.Ordinal);

        await _handler.HandleAsync(new OutboxEnvelope(1, "push.order-paid", payload, 1, Now), CancellationToken.None);

        Assert.That(_notifications.Rows.Single().Body, Is.EqualTo("결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요."));
    }

    private Task<OutboxHandling> HandleAsync() =>
        _handler.HandleAsync(new OutboxEnvelope(1, "push.order-paid", Payload, 1, Now), CancellationToken.None);
}
