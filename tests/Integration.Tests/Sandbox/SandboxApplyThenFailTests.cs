using System.Net;

namespace Hexagon.Integration.Tests.Sandbox;

/// <summary>The "outcome unknown" faults: the operation happens, the answer is wrong or lost.</summary>
public sealed class SandboxApplyThenFailTests
{
    private TossSandboxHarness _toss = null!;

    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    [Test]
    public async Task Apply_then_fail_performs_the_confirm_answers_the_fault_and_the_same_key_then_replays_the_success()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new
        {
            operation = "confirm", code = "FAILED_INTERNAL_SYSTEM_PROCESSING", httpStatus = 500, applyThenFail = true,
        });
        var key = "confirm-" + payment.OrderId;

        var faulted = await _toss.ConfirmAsync(payment, key);
        var read = await _toss.GetAsync($"v1/payments/orders/{payment.OrderId}");
        var retried = await _toss.ConfirmAsync(payment, key);

        Assert.That((faulted.Status, faulted.Code),
            Is.EqualTo((HttpStatusCode.InternalServerError, "FAILED_INTERNAL_SYSTEM_PROCESSING")));
        Assert.That(read.PaymentStatus, Is.EqualTo("DONE"));
        Assert.That(retried.Status, Is.EqualTo(HttpStatusCode.OK), retried.ToString());
        Assert.That(retried.Raw, Is.EqualTo(read.Raw));
    }

    [Test]
    public async Task Apply_then_fail_without_a_code_cuts_the_connection_after_the_cancel_happened()
    {
        var payment = await _toss.AuthenticateAsync(8_000);
        await _toss.ConfirmAsync(payment);
        await _toss.ArmFaultAsync(new { operation = "cancel", applyThenFail = true });

        Assert.CatchAsync<HttpRequestException>(() => _toss.CancelAsync(payment.PaymentKey, "고객 요청", 3_000, "refund-1"));
        var read = await _toss.GetAsync($"v1/payments/{payment.PaymentKey}");
        var retried = await _toss.CancelAsync(payment.PaymentKey, "고객 요청", 3_000, "refund-1");

        Assert.That(read.BalanceAmount, Is.EqualTo(5_000));
        Assert.That(retried.Raw, Is.EqualTo(read.Raw), "the lost answer, replayed; not a second refund");
        Assert.That((await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).BalanceAmount, Is.EqualTo(5_000));
    }
}
