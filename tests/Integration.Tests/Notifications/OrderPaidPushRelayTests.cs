using System.Text.Json;
using Hexagon.Application.Outbox.Ports;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Outbox;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>"push.order-paid" through the real relay, MySQL and the FCM adapter against a fake FCM.</summary>
public sealed class OrderPaidPushRelayTests
{
    private ThrowawayDatabase _database = null!;
    private FakeFcmServer _fcm = null!;
    private NotificationRows _rows = null!;
    private long _storeId;

    [OneTimeSetUp]
    public async Task Start()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("pushrelay");
        _rows = new NotificationRows(_database);
        _storeId = await _rows.StoreAsync("카페 헥사곤");
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SetUp]
    public async Task StartFcm()
    {
        _fcm = await FakeFcmServer.StartAsync();
        await _database.ExecuteAsync("DELETE FROM outbox_messages");
    }

    [TearDown]
    public async Task StopFcm() => await _fcm.DisposeAsync();

    [Test]
    public async Task A_paid_order_makes_a_notification_and_a_push_to_each_device()
    {
        var userId = await _rows.UserAsync();
        await _rows.DeviceTokenAsync(userId, "phone-token");
        await _rows.DeviceTokenAsync(userId, "tablet-token");
        await using var push = new PushUnderTest(_database, _fcm);
        await push.Relay.EnqueueAsync(OrderPaid("ORD-PAID-1", userId));

        await push.Relay.RunAsync();

        Assert.That(await StatusAsync(), Is.EqualTo("DONE"));
        Assert.That(await _rows.NotificationBodiesAsync(userId),
            Is.EqualTo(new[] { "ORDER_PAID ORD-PAID-1 [카페 헥사곤] 결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요." }));
        var message = _fcm.DeliveredTo("phone-token").Single();
        Assert.That(message.GetProperty("notification").GetProperty("body").GetString(), Is.EqualTo("[카페 헥사곤] 결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요."));
        Assert.That(message.GetProperty("notification").GetProperty("title").GetString(), Is.EqualTo("결제 완료"));
        Assert.That(message.GetProperty("data").ToString(), Is.EqualTo("""{"type":"ORDER_PAID","orderNo":"ORD-PAID-1"}"""));
        var android = message.GetProperty("android");
        Assert.That(android.GetProperty("priority").GetString(), Is.EqualTo("HIGH"));
        Assert.That(android.GetProperty("notification").GetProperty("icon").GetString(), Is.EqualTo("ic_order"));
        Assert.That(android.GetProperty("notification").GetProperty("channel_id").GetString(), Is.EqualTo("orders"));
        Assert.That(_fcm.DeliveredTo("tablet-token"), Has.Count.EqualTo(1));
        Assert.That(_fcm.Grants, Is.EqualTo(1), "the access token is cached across pushes");
    }

    [Test]
    public async Task An_unregistered_token_is_deleted_and_the_other_device_still_gets_the_push()
    {
        var userId = await _rows.UserAsync();
        await _rows.DeviceTokenAsync(userId, "old-phone");
        await _rows.DeviceTokenAsync(userId, "new-phone");
        _fcm.FailNext("old-phone", FcmFault.Unregistered);
        await using var push = new PushUnderTest(_database, _fcm);
        await push.Relay.EnqueueAsync(OrderPaid("ORD-UNREG-1", userId));

        await push.Relay.RunAsync();

        Assert.That(await StatusAsync(), Is.EqualTo("DONE"));
        Assert.That(await _rows.DeviceTokensAsync(userId), Is.EqualTo(new[] { "new-phone" }));
        Assert.That(_fcm.DeliveredTo("new-phone"), Has.Count.EqualTo(1));
        Assert.That(_fcm.DeliveredTo("old-phone"), Is.Empty);
    }

    [Test]
    public async Task Unavailable_is_retried_after_its_retry_after_and_then_delivered()
    {
        var userId = await _rows.UserAsync();
        await _rows.DeviceTokenAsync(userId, "busy-phone");
        _fcm.FailNext("busy-phone", FcmFault.Unavailable(retryAfterSeconds: 120));
        await using var push = new PushUnderTest(_database, _fcm);
        await push.Relay.EnqueueAsync(OrderPaid("ORD-RETRY-1", userId));

        await push.Relay.RunAsync();

        var row = await RowAsync();
        Assert.That(row.Status, Is.EqualTo("PENDING"));
        Assert.That(row.LastError, Does.Contain("UNAVAILABLE").And.Not.Contain("busy-phone"));
        Assert.That(row.NextAttemptAt, Is.EqualTo(push.Clock.Now.AddSeconds(120).UtcDateTime), "Retry-After replaces the relay's back-off");
        Assert.That(_fcm.DeliveredTo("busy-phone"), Is.Empty);

        push.Clock.Advance(TimeSpan.FromSeconds(119));
        await push.Relay.RunAsync();
        Assert.That(_fcm.DeliveredTo("busy-phone"), Is.Empty, "not due before Retry-After");

        push.Clock.Advance(TimeSpan.FromSeconds(1));
        await push.Relay.RunAsync();

        Assert.That(await StatusAsync(), Is.EqualTo("DONE"));
        Assert.That(_fcm.DeliveredTo("busy-phone"), Has.Count.EqualTo(1));
        Assert.That(await _rows.NotificationBodiesAsync(userId), Has.Count.EqualTo(1), "the retry keeps one notification");
        Assert.That(await _rows.DeviceTokensAsync(userId), Is.EqualTo(new[] { "busy-phone" }));
    }

    [Test]
    public async Task A_sender_id_mismatch_dead_letters_the_message_and_alerts_the_operators()
    {
        var userId = await _rows.UserAsync();
        await _rows.DeviceTokenAsync(userId, "phone-of-other-project");
        _fcm.FailNext("phone-of-other-project", FcmFault.SenderIdMismatch);
        await using var push = new PushUnderTest(_database, _fcm);
        await push.Relay.EnqueueAsync(OrderPaid("ORD-MISCONF-1", userId));

        await push.Relay.RunAsync();

        Assert.That(await StatusAsync(), Is.EqualTo("DEAD"));
        Assert.That(_fcm.SlackPosts.Single(), Does.Contain("SENDER_ID_MISMATCH").And.Not.Contain("phone-of-other-project"));
        Assert.That(await _rows.DeviceTokensAsync(userId), Is.EqualTo(new[] { "phone-of-other-project" }), "not the token's fault");
    }

    [Test]
    public async Task The_order_of_a_deleted_customer_is_done_without_a_notification()
    {
        await using var push = new PushUnderTest(_database, _fcm);
        await push.Relay.EnqueueAsync(OrderPaid("ORD-GONE-1", 987_654_321));

        await push.Relay.RunAsync();

        Assert.That(await StatusAsync(), Is.EqualTo("DONE"));
        Assert.That(await _rows.NotificationBodiesAsync(987_654_321), Is.Empty);
        Assert.That(_fcm.Delivered, Is.Empty);
    }

    private OutboxMessage OrderPaid(string orderNo, long userId) =>
        new("push.order-paid", NotificationRows.OrderPaidPayload(orderNo, userId, _storeId));

    private async Task<OutboxRow> RowAsync() => (await _database.QueryAsync<OutboxRow>(OutboxRow.Select)).Single();

    private async Task<string> StatusAsync() => (await RowAsync()).Status;
}
