using System.Net;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

public sealed class FcmSendTests
{
    private const string GoneToken = "device-uninstalled-in-settings";

    private FcmSandboxHarness _fcm = null!;
    private string _accessToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _fcm = await FcmSandboxHarness.StartAsync(fcm => fcm.UnregisteredTokens.Add(GoneToken));
        _accessToken = await _fcm.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _fcm.DisposeAsync();

    private static object OrderPush(string token, string orderNo) => new
    {
        message = new
        {
            token,
            notification = new { title = "[카페 헥사곤] 주문 접수", body = "결제가 완료되었어요." },
            data = new { type = "ORDER_PAID", orderNo },
            android = new { priority = "HIGH", notification = new { icon = "ic_order", channel_id = "orders" } },
        },
    };

    [Test]
    public async Task A_send_is_named_like_FCM_and_shows_up_under_its_token_as_sent_newest_last()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        var first = await _fcm.SendAsync(OrderPush(token, "A-1"), _accessToken);
        var second = await _fcm.SendAsync(OrderPush(token, "A-2"), _accessToken);
        var elsewhere = await _fcm.SendAsync(OrderPush(FcmSandboxHarness.NewDeviceToken(), "B-1"), _accessToken);

        var delivered = await _fcm.DeliveredAsync(token);

        Assert.That(new[] { first.Status, second.Status, elsewhere.Status }, Is.All.EqualTo(HttpStatusCode.OK), first.ToString());
        var name = first.Body.GetProperty("name").GetString();
        Assert.That(name, Does.Match($"^projects/{FcmSandboxHarness.ProjectId}/messages/.+"));
        Assert.That(delivered.Select(d => d.GetProperty("name").GetString()),
            Is.EqualTo(new[] { name, second.Body.GetProperty("name").GetString() }));
        var message = delivered[0].GetProperty("message");
        Assert.That(JsonSerializer.Serialize(message), Is.EqualTo(JsonSerializer.Serialize(
            JsonSerializer.SerializeToElement(OrderPush(token, "A-1")).GetProperty("message"))));
        Assert.That(message.GetProperty("notification").GetProperty("title").GetString(), Is.EqualTo("[카페 헥사곤] 주문 접수"));
        Assert.That(delivered[0].GetProperty("token").GetString(), Is.EqualTo(token));
        Assert.That(DateTimeOffset.Parse(delivered[0].GetProperty("receivedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            Is.EqualTo(_fcm.Clock.Now));
    }

    [Test]
    public async Task Clearing_the_messages_empties_every_list()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        await _fcm.SendAsync(OrderPush(token, "C-1"), _accessToken);

        (await _fcm.Http.DeleteAsync(new Uri("sandbox/v1/fcm/messages", UriKind.Relative))).Dispose();

        Assert.That(await _fcm.DeliveredAsync(token), Is.Empty);
    }

    [Test]
    public async Task A_topic_message_is_accepted_and_a_validate_only_one_is_checked_but_not_delivered()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        var topic = await _fcm.SendAsync(new { message = new { topic = "store-42", data = new { type = "PROMO" } } }, _accessToken);
        var dryRun = await _fcm.SendAsync(new { validate_only = true, message = new { token } }, _accessToken);

        Assert.That(topic.Status, Is.EqualTo(HttpStatusCode.OK), topic.ToString());
        Assert.That(dryRun.Body.GetProperty("name").GetString(), Does.EndWith("/messages/fake_message_id"));
        Assert.That(await _fcm.DeliveredAsync(token), Is.Empty);
    }

    [Test]
    public async Task An_unregistered_token_is_404_UNREGISTERED_whether_configured_or_posted_later()
    {
        var later = FcmSandboxHarness.NewDeviceToken();
        var beforeUnregistering = await _fcm.SendAsync(OrderPush(later, "D-1"), _accessToken);
        using var unregister = await _fcm.Http.PostAsync(new Uri("sandbox/v1/fcm/unregistered", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new { token = later }));

        var configured = await _fcm.SendAsync(OrderPush(GoneToken, "D-2"), _accessToken);
        var posted = await _fcm.SendAsync(OrderPush(later, "D-3"), _accessToken);

        Assert.That(beforeUnregistering.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(unregister.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        foreach (var answer in new[] { configured, posted })
            Assert.That((answer.Status, answer.RpcStatus, answer.ErrorCode),
                Is.EqualTo((HttpStatusCode.NotFound, "NOT_FOUND", "UNREGISTERED")), answer.ToString());
        Assert.That(await _fcm.DeliveredAsync(GoneToken), Is.Empty);
        Assert.That(await _fcm.DeliveredAsync(later), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task Another_project_is_403_SENDER_ID_MISMATCH()
    {
        var answer = await _fcm.SendAsync(OrderPush(FcmSandboxHarness.NewDeviceToken(), "E-1"), _accessToken, "someone-elses-app");

        Assert.That((answer.Status, answer.RpcStatus, answer.ErrorCode),
            Is.EqualTo((HttpStatusCode.Forbidden, "PERMISSION_DENIED", "SENDER_ID_MISMATCH")), answer.ToString());
    }

    [Test]
    public async Task No_token_or_a_made_up_one_is_401_UNAUTHENTICATED_without_an_FcmError()
    {
        var missing = await _fcm.SendAsync(OrderPush(FcmSandboxHarness.NewDeviceToken(), "F-1"), accessToken: null);
        var madeUp = await _fcm.SendAsync(OrderPush(FcmSandboxHarness.NewDeviceToken(), "F-2"), "ya29.made-up");

        Assert.That((missing.Status, missing.RpcStatus, missing.Reason),
            Is.EqualTo((HttpStatusCode.Unauthorized, "UNAUTHENTICATED", "CREDENTIALS_MISSING")), missing.ToString());
        Assert.That((madeUp.Status, madeUp.RpcStatus), Is.EqualTo((HttpStatusCode.Unauthorized, "UNAUTHENTICATED")));
        Assert.That(missing.ErrorCode, Is.Null);
    }
}
