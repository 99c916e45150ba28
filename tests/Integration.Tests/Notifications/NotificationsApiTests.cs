using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hexagon.Application.Outbox.RelayOutbox;
using Hexagon.Integration.Tests.Identity.Web;
using Hexagon.Integration.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>
/// The whole service on a database of its own, with FCM and the alert webhook pointed at a fake: the notification
/// endpoints over HTTP, and the composed relay delivering "push.order-paid" and alerting on a dead letter.
/// </summary>
public sealed class NotificationsApiTests
{
    private ThrowawayDatabase _database = null!;
    private FakeFcmServer _fcm = null!;
    private HexagonApiFactory _api = null!;
    private HttpClient _client = null!;
    private NotificationRows _rows = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("notifapi");
        _rows = new NotificationRows(_database);
        _fcm = await FakeFcmServer.StartAsync();
        var settings = TestAccessTokens.Settings;
        settings["Fcm:ProjectId"] = FakeFcmServer.ProjectId;
        settings["Fcm:BaseUrl"] = _fcm.BaseUrl;
        settings["Fcm:TokenUri"] = _fcm.TokenUri;
        settings["Fcm:ServiceAccountJson"] = _fcm.ServiceAccountJson;
        settings["Alerts:WebhookUrl"] = _fcm.SlackUrl;
        _api = new HexagonApiFactory(settings, database: _database.Name);
        _client = _api.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_fcm is not null)
        {
            await _fcm.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Test]
    public async Task The_list_is_mine_newest_first_and_paged_by_cursor()
    {
        var me = await _rows.UserAsync();
        var other = await _rows.UserAsync();
        var first = await _rows.NotificationAsync(me, "ORD-A", new DateTime(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc));
        await _rows.NotificationAsync(other, "ORD-X", new DateTime(2026, 11, 22, 1, 30, 0, DateTimeKind.Utc));
        var second = await _rows.NotificationAsync(me, "ORD-B", new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc), read: true);
        var third = await _rows.NotificationAsync(me, "ORD-C", new DateTime(2026, 11, 22, 3, 0, 0, DateTimeKind.Utc));

        using var page1 = await GetOkAsync(me, "/api/v1/notifications?take=2");
        var data1 = page1.RootElement.GetProperty("data");
        Assert.That(data1.EnumerateArray().Select(n => n.GetProperty("id").GetInt64()), Is.EqualTo(new[] { third, second }));
        Assert.That(data1[1].GetProperty("read").GetBoolean(), Is.True);
        Assert.That(data1[0].GetProperty("read").GetBoolean(), Is.False);
        Assert.That(data1[0].GetProperty("orderNo").GetString(), Is.EqualTo("ORD-C"));
        Assert.That(data1[0].GetProperty("type").GetString(), Is.EqualTo("ORDER_PAID"));
        var meta1 = page1.RootElement.GetProperty("meta");
        Assert.That(meta1.GetProperty("hasNext").GetBoolean(), Is.True);

        var cursor = Uri.EscapeDataString(meta1.GetProperty("nextCursor").GetString()!);
        using var page2 = await GetOkAsync(me, $"/api/v1/notifications?take=2&cursor={cursor}");
        Assert.That(page2.RootElement.GetProperty("data").EnumerateArray().Select(n => n.GetProperty("id").GetInt64()), Is.EqualTo(new[] { first }));
        Assert.That(page2.RootElement.GetProperty("meta").GetProperty("hasNext").GetBoolean(), Is.False);
        Assert.That(page2.RootElement.GetProperty("meta").GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));

        using var otherCursor = await SendAsync(other, HttpMethod.Get, $"/api/v1/notifications?cursor={cursor}");
        await AssertProblemAsync(otherCursor, HttpStatusCode.BadRequest, "7002");
    }

    [Test]
    public async Task Marking_read_answers_204_every_time_and_lowers_the_unread_count_once()
    {
        var me = await _rows.UserAsync();
        var id = await _rows.NotificationAsync(me, "ORD-R1", new DateTime(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc));
        await _rows.NotificationAsync(me, "ORD-R2", new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc));
        Assert.That(await UnreadCountAsync(me), Is.EqualTo(2));

        using (var response = await SendAsync(me, HttpMethod.Patch, $"/api/v1/notifications/{id}/read"))
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var readAt = await _rows.ReadAtAsync(id);
        using (var again = await SendAsync(me, HttpMethod.Patch, $"/api/v1/notifications/{id}/read"))
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(readAt, Is.Not.Null);
        Assert.That(await _rows.ReadAtAsync(id), Is.EqualTo(readAt), "the first read time is kept");
        Assert.That(await UnreadCountAsync(me), Is.EqualTo(1));
    }

    [TestCase("mine-of-someone-else")]
    [TestCase("999999999")]
    [TestCase("abc")]
    public async Task Another_customers_or_a_missing_notification_is_not_found(string which)
    {
        var owner = await _rows.UserAsync();
        var me = await _rows.UserAsync();
        var id = await _rows.NotificationAsync(owner, "ORD-N1", new DateTime(2026, 11, 22, 1, 0, 0, DateTimeKind.Utc));
        var path = which == "mine-of-someone-else" ? id.ToString(System.Globalization.CultureInfo.InvariantCulture) : which;

        using var response = await SendAsync(me, HttpMethod.Patch, $"/api/v1/notifications/{path}/read");

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "7001");
        Assert.That(await _rows.ReadAtAsync(id), Is.Null);
    }

    [Test]
    public async Task The_endpoints_need_a_signed_in_customer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications/unread-count");
        using var response = await _client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_composed_relay_turns_a_paid_order_into_a_notification_and_a_delivered_push()
    {
        var me = await _rows.UserAsync();
        var storeId = await _rows.StoreAsync("헥사곤 버거");
        await _rows.DeviceTokenAsync(me, $"device-{me}");
        await InsertOutboxAsync("push.order-paid", NotificationRows.OrderPaidPayload($"ORD-APP-{me}", me, storeId));

        await RelayAsync();

        using var list = await GetOkAsync(me, "/api/v1/notifications");
        Assert.That(list.RootElement.GetProperty("data")[0].GetProperty("body").GetString(),
            Is.EqualTo("[헥사곤 버거] 결제가 완료되었어요. 사장님이 주문을 곧 접수할 예정이에요."));
        Assert.That(_fcm.DeliveredTo($"device-{me}").Single().GetProperty("data").GetProperty("orderNo").GetString(), Is.EqualTo($"ORD-APP-{me}"));
        Assert.That(await UnreadCountAsync(me), Is.EqualTo(1));
    }

    [Test]
    public async Task A_dead_lettered_message_reaches_the_operators_webhook()
    {
        var id = await InsertOutboxAsync("push.order-paid", """{"orderNo":"","userId":0}""");

        await RelayAsync();

        Assert.That(await _database.ScalarAsync<string>("SELECT status FROM outbox_messages WHERE id = @id", new { id }), Is.EqualTo("DEAD"));
        Assert.That(_fcm.SlackPosts.Where(text => text.Contains($"Outbox message {id} (push.order-paid) was dead-lettered", StringComparison.Ordinal)).ToList(),
            Has.Count.EqualTo(1));
    }

    private async Task RelayAsync()
    {
        using var scope = _api.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IRelayOutbox>().RelayAsync(new RelayOutboxCommand(100), CancellationToken.None);
    }

    private Task<long> InsertOutboxAsync(string type, string payload) => _database.ScalarAsync<long>("""
        INSERT INTO outbox_messages (type, payload, status, attempts, next_attempt_at, created_at)
        VALUES (@type, @payload, 'PENDING', 0, UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, UTC_TIMESTAMP(6));
        SELECT LAST_INSERT_ID();
        """, new { type, payload });

    private async Task<int> UnreadCountAsync(long userId)
    {
        using var document = await GetOkAsync(userId, "/api/v1/notifications/unread-count");
        return document.RootElement.GetProperty("count").GetInt32();
    }

    private async Task<JsonDocument> GetOkAsync(long userId, string path)
    {
        using var response = await SendAsync(userId, HttpMethod.Get, path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body);
    }

    private async Task<HttpResponseMessage> SendAsync(long userId, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestAccessTokens.Issue(userId, "CUSTOMER"));
        return await _client.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        using var problem = JsonDocument.Parse(body);
        Assert.That(problem.RootElement.GetProperty("errorCode").GetString(), Is.EqualTo(code));
    }
}
