using System.Net;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxIdempotencyTests
{
    private TossSandboxHarness _toss = null!;

    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    [TearDown]
    public async Task ClearFaults() => (await _toss.Http.DeleteAsync(new Uri("sandbox/v1/faults", UriKind.Relative))).Dispose();

    [Test]
    public async Task The_same_key_replays_the_first_confirm_instead_of_answering_ALREADY_PROCESSED()
    {
        var payment = await _toss.AuthenticateAsync();
        var key = "confirm-" + payment.OrderId;

        var first = await _toss.ConfirmAsync(payment, key);
        var replay = await _toss.ConfirmAsync(payment, key);
        var otherKey = await _toss.ConfirmAsync(payment, key + "-2");

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK), first.ToString());
        Assert.That((replay.Status, replay.Raw), Is.EqualTo((first.Status, first.Raw)));
        Assert.That(otherKey.Code, Is.EqualTo("ALREADY_PROCESSED_PAYMENT"));
    }

    [Test]
    public async Task A_repeated_partial_cancel_with_the_same_key_refunds_once()
    {
        var payment = await _toss.AuthenticateAsync(10_000);
        await _toss.ConfirmAsync(payment);

        var first = await _toss.CancelAsync(payment.PaymentKey, "부분 환불", 2_000, "refund-1");
        var replay = await _toss.CancelAsync(payment.PaymentKey, "부분 환불", 2_000, "refund-1");

        Assert.That(replay.Raw, Is.EqualTo(first.Raw));
        var read = await _toss.GetAsync($"v1/payments/{payment.PaymentKey}");
        Assert.That(read.BalanceAmount, Is.EqualTo(8_000));
        Assert.That(read.Body.GetProperty("cancels").GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_key_longer_than_300_characters_is_400_INVALID_IDEMPOTENCY_KEY()
    {
        var payment = await _toss.AuthenticateAsync();

        var answer = await _toss.ConfirmAsync(payment, new string('k', 301));

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.BadRequest, "INVALID_IDEMPOTENCY_KEY")));
        Assert.That((await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).PaymentStatus, Is.EqualTo("IN_PROGRESS"));
    }

    [Test]
    public async Task The_same_key_while_the_first_call_runs_is_409_then_replays_the_first_answer()
    {
        var payment = await _toss.AuthenticateAsync();
        await _toss.ArmFaultAsync(new { operation = "confirm", delayMs = 1_500 });
        var key = "confirm-" + payment.OrderId;

        var slow = _toss.ConfirmAsync(payment, key);
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // the first call holds the key by now
        var meanwhile = await _toss.ConfirmAsync(payment, key);
        var first = await slow;
        var after = await _toss.ConfirmAsync(payment, key);

        Assert.That((meanwhile.Status, meanwhile.Code), Is.EqualTo((HttpStatusCode.Conflict, "IDEMPOTENT_REQUEST_PROCESSING")));
        Assert.That(first.PaymentStatus, Is.EqualTo("DONE"), first.ToString());
        Assert.That(after.Raw, Is.EqualTo(first.Raw));
    }

    [Test]
    public async Task Concurrent_confirms_with_one_key_approve_once_and_every_answer_is_the_success_or_409()
    {
        var payment = await _toss.AuthenticateAsync();
        var key = "confirm-" + payment.OrderId;

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _toss.ConfirmAsync(payment, key)));

        var successes = answers.Where(a => a.Status == HttpStatusCode.OK).ToArray();
        Assert.That(successes, Is.Not.Empty);
        Assert.That(successes.Select(a => a.Raw).Distinct().Count(), Is.EqualTo(1), "one execution, replayed");
        Assert.That(answers.Where(a => a.Status != HttpStatusCode.OK).Select(a => a.Code),
            Has.All.EqualTo("IDEMPOTENT_REQUEST_PROCESSING"));
    }
}
