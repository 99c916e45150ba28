using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxFaultTests
{
    private TossSandboxHarness _toss = null!;

    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    [TearDown]
    public async Task ClearFaults() => (await _toss.Http.DeleteAsync(new Uri("sandbox/v1/faults", UriKind.Relative))).Dispose();

    [Test]
    public async Task A_fault_answers_instead_of_the_operation_and_a_retry_with_the_same_key_runs_for_real()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new { operation = "confirm", code = "PROVIDER_ERROR", httpStatus = 400 });
        var key = "confirm-" + payment.OrderId;

        var faulted = await _toss.ConfirmAsync(payment, key);
        var stateAfterFault = (await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).PaymentStatus;
        var retried = await _toss.ConfirmAsync(payment, key);

        Assert.That((faulted.Status, faulted.Code), Is.EqualTo((HttpStatusCode.BadRequest, "PROVIDER_ERROR")));
        Assert.That(faulted.Body.GetProperty("message").GetString(), Is.Not.Empty);
        Assert.That(stateAfterFault, Is.EqualTo("IN_PROGRESS"));
        Assert.That(retried.PaymentStatus, Is.EqualTo("DONE"), retried.ToString());
    }

    [Test]
    public async Task A_fault_armed_for_two_calls_hits_the_next_two_calls_of_its_operation_only()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new { operation = "get", code = "COMMON_ERROR", httpStatus = 500, times = 2 });

        var confirm = await _toss.ConfirmAsync(payment);
        var gets = new[]
        {
            await _toss.GetAsync($"v1/payments/{payment.PaymentKey}"),
            await _toss.GetAsync($"v1/payments/orders/{payment.OrderId}"),
            await _toss.GetAsync($"v1/payments/{payment.PaymentKey}"),
        };

        Assert.That(confirm.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(gets.Select(g => (g.Status, g.Code)), Is.EqualTo(new[]
        {
            (HttpStatusCode.InternalServerError, "COMMON_ERROR"),
            (HttpStatusCode.InternalServerError, "COMMON_ERROR"),
            (HttpStatusCode.OK, (string?)null),
        }));
    }

    [Test]
    public async Task A_delay_only_fault_delays_the_real_answer()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new { operation = "confirm", delayMs = 400 });

        var clock = Stopwatch.StartNew();
        var answer = await _toss.ConfirmAsync(payment);

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(380)));
        Assert.That(answer.PaymentStatus, Is.EqualTo("DONE"), answer.ToString());
    }

    [Test]
    public async Task A_caller_that_times_out_during_a_delay_still_finds_the_payment_done_afterwards()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new { operation = "confirm", delayMs = 1_500 });
        using var impatient = new HttpClient { BaseAddress = _toss.Server.BaseUrl, Timeout = TimeSpan.FromMilliseconds(500) };
        impatient.DefaultRequestHeaders.Authorization = new("Basic", TossSandboxHarness.BasicValue(TossSandboxHarness.SecretKey + ":"));

        Assert.CatchAsync<OperationCanceledException>(() => impatient.PostAsJsonAsync("v1/payments/confirm",
            new { paymentKey = payment.PaymentKey, orderId = payment.OrderId, amount = payment.Amount }));
        var whenTheCallerGaveUp = (await _toss.GetAsync($"v1/payments/orders/{payment.OrderId}")).PaymentStatus;

        Assert.That(whenTheCallerGaveUp, Is.EqualTo("IN_PROGRESS"));
        Assert.That(await EventualStatusAsync(payment, "DONE", TimeSpan.FromSeconds(4)), Is.EqualTo("DONE"));
    }

    private async Task<string?> EventualStatusAsync(AuthenticatedPayment payment, string expected, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            var status = (await _toss.GetAsync($"v1/payments/orders/{payment.OrderId}")).PaymentStatus;
            if (status == expected || DateTime.UtcNow > deadline) return status;
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task Clearing_faults_disarms_them_and_a_fault_without_any_effect_is_refused()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new { operation = "confirm", code = "COMMON_ERROR", times = 5 });
        (await _toss.Http.DeleteAsync(new Uri("sandbox/v1/faults", UriKind.Relative))).Dispose();

        var confirm = await _toss.ConfirmAsync(payment);
        using var pointless = await _toss.Http.PostAsJsonAsync("sandbox/v1/faults", new { operation = "confirm" });
        using var unknown = await _toss.Http.PostAsJsonAsync("sandbox/v1/faults", new { operation = "refund", code = "X" });

        Assert.That(confirm.Status, Is.EqualTo(HttpStatusCode.OK), confirm.ToString());
        Assert.That(pointless.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
