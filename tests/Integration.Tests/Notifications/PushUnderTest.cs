using Hexagon.Adapters.Notifications.Alerts;
using Hexagon.Adapters.Notifications.Configuration;
using Hexagon.Adapters.Notifications.Fcm;
using Hexagon.Adapters.Persistence.Notifications;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Notifications.OrderPaidPush;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Outbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>
/// The "push.order-paid" handler as the composition root builds it (MySQL repositories, FcmPushSender on an
/// HttpClient, the Slack sink), pointed at <see cref="FakeFcmServer"/>, behind a real relay on a test database with a
/// clock the test moves.
/// </summary>
internal sealed class PushUnderTest : IAsyncDisposable
{
    private readonly DbSession _handlerSession;
    private readonly HttpClient _fcmClient;
    private readonly HttpClient _tokenClient = new();
    private readonly HttpClient _slackClient = new();
    private readonly FcmAccessTokenSource _tokens;

    public PushUnderTest(ThrowawayDatabase database, FakeFcmServer fcm)
    {
        Clock = new OutboxClock(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        var options = new FcmOptions
        {
            ProjectId = FakeFcmServer.ProjectId,
            BaseUrl = fcm.BaseUrl,
            TokenUri = fcm.TokenUri,
            ServiceAccountJson = fcm.ServiceAccountJson,
        };
        _fcmClient = new HttpClient { BaseAddress = new Uri(fcm.BaseUrl + "/") };
        _tokens = new FcmAccessTokenSource(() => _tokenClient, options, Clock);
        _handlerSession = new DbSession(database.ConnectionFactory());
        var handler = new OrderPaidPushHandler(
            new MySqlNotificationRepository(_handlerSession),
            new MySqlStoreNames(_handlerSession),
            new MySqlPushTokens(_handlerSession),
            new FcmPushSender(_fcmClient, _tokens, options, Clock, NullLogger<FcmPushSender>.Instance),
            new SlackWebhookAlertSink(_slackClient, new Uri(fcm.SlackUrl), new AlertThrottle(TimeSpan.FromMinutes(1), Clock), NullLogger<SlackWebhookAlertSink>.Instance),
            Clock,
            NullLogger<OrderPaidPushHandler>.Instance);
        Relay = new RelayUnderTest(database, Clock, [handler]);
    }

    public OutboxClock Clock { get; }

    public RelayUnderTest Relay { get; }

    public async ValueTask DisposeAsync()
    {
        await Relay.DisposeAsync();
        await _handlerSession.DisposeAsync();
        _fcmClient.Dispose();
        _tokenClient.Dispose();
        _slackClient.Dispose();
        _tokens.Dispose();
    }
}
