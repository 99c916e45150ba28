using Hexagon.Adapters.Notifications.Configuration;
using Hexagon.Adapters.Notifications.Fcm;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Integration.Tests.Outbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>The FCM adapter alone against the fake FCM: the access token's life cycle and the mapping of FCM's answers.</summary>
public sealed class FcmPushSenderTests
{
    private static readonly Dictionary<string, string> Data = new() { ["type"] = "ORDER_PAID", ["orderNo"] = "ORD-1" };

    private FakeFcmServer _fcm = null!;
    private HttpClient _fcmClient = null!;
    private HttpClient _tokenClient = null!;
    private OutboxClock _clock = null!;

    [SetUp]
    public async Task Start()
    {
        _fcm = await FakeFcmServer.StartAsync();
        _fcmClient = new HttpClient { BaseAddress = new Uri(_fcm.BaseUrl + "/") };
        _tokenClient = new HttpClient();
        _clock = new OutboxClock(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));
    }

    [TearDown]
    public async Task Stop()
    {
        _fcmClient.Dispose();
        _tokenClient.Dispose();
        await _fcm.DisposeAsync();
    }

    [Test]
    public async Task The_access_token_is_reused_until_five_minutes_before_it_expires()
    {
        using var tokens = Tokens(Options());
        var sender = Sender(tokens, Options());

        await SendAsync(sender);
        _clock.Advance(TimeSpan.FromMinutes(54));
        await SendAsync(sender);
        Assert.That(_fcm.Grants, Is.EqualTo(1));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.That((await SendAsync(sender)).Kind, Is.EqualTo(PushResultKind.Delivered));
        Assert.That(_fcm.Grants, Is.EqualTo(2));
    }

    [Test]
    public async Task A_key_the_token_endpoint_refuses_is_a_configuration_error()
    {
        using var other = System.Security.Cryptography.RSA.Create(2048);
        var options = Options();
        options.ServiceAccountJson = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["client_email"] = FakeFcmServer.ClientEmail,
            ["private_key"] = other.ExportPkcs8PrivateKeyPem(),
        });
        using var tokens = Tokens(options);

        var result = await SendAsync(Sender(tokens, options));

        Assert.That(result.Kind, Is.EqualTo(PushResultKind.Misconfigured));
        Assert.That(_fcm.Delivered, Is.Empty);
    }

    [TestCase("{\"client_email\":\"x@y\"}")]
    [TestCase("not json")]
    [TestCase("{\"client_email\":\"x@y\",\"private_key\":\"not a pem\"}")]
    public async Task An_unreadable_service_account_key_is_a_configuration_error(string json)
    {
        var options = Options();
        options.ServiceAccountJson = json;
        using var tokens = Tokens(options);

        var result = await SendAsync(Sender(tokens, options));

        Assert.That(result.Kind, Is.EqualTo(PushResultKind.Misconfigured));
        Assert.That(result.Reason, Does.Not.Contain("x@y"));
        Assert.That(_fcm.Grants, Is.Zero);
    }

    [Test]
    public async Task Without_credentials_pushes_are_disabled_and_nothing_is_called()
    {
        var options = Options();
        options.ServiceAccountJson = null;
        using var tokens = Tokens(options);

        Assert.That((await SendAsync(Sender(tokens, options))).Kind, Is.EqualTo(PushResultKind.Disabled));
        Assert.That(_fcm.Grants, Is.Zero);
    }

    [TestCase(404, "UNREGISTERED", null, PushResultKind.TokenGone, null)]
    [TestCase(503, "UNAVAILABLE", 30, PushResultKind.Transient, 30)]
    [TestCase(500, "INTERNAL", null, PushResultKind.Transient, null)]
    [TestCase(429, "QUOTA_EXCEEDED", null, PushResultKind.Transient, 60)]
    [TestCase(429, "QUOTA_EXCEEDED", 300, PushResultKind.Transient, 300)]
    [TestCase(403, "SENDER_ID_MISMATCH", null, PushResultKind.Misconfigured, null)]
    [TestCase(401, "THIRD_PARTY_AUTH_ERROR", null, PushResultKind.Misconfigured, null)]
    public async Task Each_fcm_error_maps_to_its_outcome(int status, string errorCode, int? retryAfter, PushResultKind kind, int? expectedWaitSeconds)
    {
        _fcm.FailNext("device", new FcmFault(status, errorCode, retryAfter));
        using var tokens = Tokens(Options());

        var result = await SendAsync(Sender(tokens, Options()));

        Assert.That(result.Kind, Is.EqualTo(kind));
        Assert.That(result.RetryAfter, Is.EqualTo(expectedWaitSeconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null));
        Assert.That(result.Reason, Does.Contain(errorCode).And.Not.Contain("device"));
    }

    [Test]
    public async Task An_unreachable_fcm_is_transient()
    {
        var options = Options();
        using var tokens = Tokens(options);
        using var nowhere = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") };

        var result = await new FcmPushSender(nowhere, tokens, options, _clock, NullLogger<FcmPushSender>.Instance)
            .SendAsync(new PushMessage("device", "t", "b", Data), CancellationToken.None);

        Assert.That(result.Kind, Is.EqualTo(PushResultKind.Transient));
    }

    private FcmOptions Options() => new()
    {
        ProjectId = FakeFcmServer.ProjectId,
        BaseUrl = _fcm.BaseUrl,
        TokenUri = _fcm.TokenUri,
        ServiceAccountJson = _fcm.ServiceAccountJson,
    };

    private FcmAccessTokenSource Tokens(FcmOptions options) => new(() => _tokenClient, options, _clock);

    private FcmPushSender Sender(FcmAccessTokenSource tokens, FcmOptions options) =>
        new(_fcmClient, tokens, options, _clock, NullLogger<FcmPushSender>.Instance);

    private static Task<PushResult> SendAsync(FcmPushSender sender) =>
        sender.SendAsync(new PushMessage("device", "결제 완료", "본문", Data), CancellationToken.None);
}
