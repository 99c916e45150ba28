using System.Net;
using System.Net.Http.Json;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

public sealed class FcmFaultTests
{
    private FcmSandboxHarness _fcm = null!;
    private string _accessToken = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _fcm = await FcmSandboxHarness.StartAsync();
        _accessToken = await _fcm.AccessTokenAsync();
    }

    [OneTimeTearDown]
    public async Task Stop() => await _fcm.DisposeAsync();

    [TearDown]
    public async Task ClearFaults() => (await _fcm.Http.DeleteAsync(new Uri("sandbox/v1/faults", UriKind.Relative))).Dispose();

    private Task<FcmAnswer> PushAsync(string token) =>
        _fcm.SendAsync(new { message = new { token, data = new { type = "ORDER_PAID" } } }, _accessToken);

    [Test]
    public async Task UNAVAILABLE_with_Retry_After_answers_503_delivers_nothing_and_the_retry_gets_through()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        await _fcm.ArmFaultAsync(new { operation = "fcm-send", code = "UNAVAILABLE", retryAfterSeconds = 7 });

        var faulted = await PushAsync(token);
        var nothingYet = await _fcm.DeliveredAsync(token);
        var retried = await PushAsync(token);

        Assert.That((faulted.Status, faulted.RpcStatus, faulted.ErrorCode),
            Is.EqualTo((HttpStatusCode.ServiceUnavailable, "UNAVAILABLE", "UNAVAILABLE")), faulted.ToString());
        Assert.That(faulted.RetryAfter, Is.EqualTo("7"));
        Assert.That(nothingYet, Is.Empty);
        Assert.That(retried.Status, Is.EqualTo(HttpStatusCode.OK), retried.ToString());
        Assert.That(retried.RetryAfter, Is.Null);
    }

    [TestCase("QUOTA_EXCEEDED", HttpStatusCode.TooManyRequests, "RESOURCE_EXHAUSTED")]
    [TestCase("INTERNAL", HttpStatusCode.InternalServerError, "INTERNAL")]
    [TestCase("UNREGISTERED", HttpStatusCode.NotFound, "NOT_FOUND")]
    [TestCase("THIRD_PARTY_AUTH_ERROR", HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    public async Task A_fault_code_gets_FCMs_status_for_it(string code, HttpStatusCode status, string rpcStatus)
    {
        await _fcm.ArmFaultAsync(new { operation = "fcm-send", code });

        var answer = await PushAsync(FcmSandboxHarness.NewDeviceToken());

        Assert.That((answer.Status, answer.RpcStatus, answer.ErrorCode), Is.EqualTo((status, rpcStatus, code)), answer.ToString());
        Assert.That(answer.RetryAfter, Is.Null);
    }

    [Test]
    public async Task A_fault_for_two_calls_hits_two_sends_and_an_unauthenticated_call_does_not_use_it_up()
    {
        await _fcm.ArmFaultAsync(new { operation = "fcm-send", code = "INTERNAL", httpStatus = 500, times = 2 });

        var unauthenticated = await _fcm.SendAsync(new { message = new { token = "t1" } }, accessToken: null);
        var statuses = new[]
        {
            (await PushAsync(FcmSandboxHarness.NewDeviceToken())).Status,
            (await PushAsync(FcmSandboxHarness.NewDeviceToken())).Status,
            (await PushAsync(FcmSandboxHarness.NewDeviceToken())).Status,
        };

        Assert.That(unauthenticated.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(statuses, Is.EqualTo(new[]
        {
            HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK,
        }));
    }

    [Test]
    public async Task A_delay_only_fault_delivers_late()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        await _fcm.ArmFaultAsync(new { operation = "fcm-send", delayMs = 300 });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answer = await PushAsync(token);

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280)));
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
        Assert.That(await _fcm.DeliveredAsync(token), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task A_lost_answer_still_delivers_the_message()
    {
        var token = FcmSandboxHarness.NewDeviceToken();
        await _fcm.ArmFaultAsync(new { operation = "fcm-send", applyThenFail = true });

        Assert.CatchAsync<HttpRequestException>(() => PushAsync(token));

        Assert.That(await _fcm.DeliveredAsync(token), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task A_token_endpoint_fault_answers_in_OAuths_shape_and_then_the_exchange_works()
    {
        await _fcm.ArmFaultAsync(new
        {
            operation = "fcm-token", code = "temporarily_unavailable", httpStatus = 503, retryAfterSeconds = 2,
        });

        var faulted = await _fcm.ExchangeAsync(_fcm.Assertion().SignWith(_fcm.Key));
        var retried = await _fcm.ExchangeAsync(_fcm.Assertion().SignWith(_fcm.Key));

        Assert.That((faulted.Status, faulted.OAuthError),
            Is.EqualTo((HttpStatusCode.ServiceUnavailable, "temporarily_unavailable")), faulted.ToString());
        Assert.That(faulted.RetryAfter, Is.EqualTo("2"));
        Assert.That(retried.Status, Is.EqualTo(HttpStatusCode.OK), retried.ToString());
    }

    [Test]
    public async Task Clearing_faults_disarms_FCM_faults_too_and_bad_faults_are_refused()
    {
        await _fcm.ArmFaultAsync(new { operation = "fcm-send", code = "UNAVAILABLE", times = 3 });
        (await _fcm.Http.DeleteAsync(new Uri("sandbox/v1/faults", UriKind.Relative))).Dispose();

        var send = await PushAsync(FcmSandboxHarness.NewDeviceToken());
        using var unknown = await _fcm.Http.PostAsJsonAsync("sandbox/v1/faults", new { operation = "fcm-sned", code = "INTERNAL" });
        using var negative = await _fcm.Http.PostAsJsonAsync("sandbox/v1/faults",
            new { operation = "fcm-send", code = "UNAVAILABLE", retryAfterSeconds = -1 });

        Assert.That(send.Status, Is.EqualTo(HttpStatusCode.OK), send.ToString());
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(negative.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
