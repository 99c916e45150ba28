using System.Net;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxConfirmWindowTests
{
    private TossSandboxHarness _toss = null!;

    // A window short enough to pass in a test, long enough that a prompt confirm is inside it on a slow machine.
    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync(toss => toss.ConfirmWindowSeconds = 1);

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    [Test]
    public async Task A_confirm_after_the_window_is_404_NOT_FOUND_PAYMENT_SESSION_and_the_payment_is_EXPIRED()
    {
        var payment = await _toss.AuthenticateAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(1_300));

        var answer = await _toss.ConfirmAsync(payment);
        var again = await _toss.ConfirmAsync(payment);
        var read = await _toss.GetAsync($"v1/payments/orders/{payment.OrderId}");

        Assert.That((answer.Status, answer.Code), Is.EqualTo((HttpStatusCode.NotFound, "NOT_FOUND_PAYMENT_SESSION")));
        Assert.That((again.Status, again.Code), Is.EqualTo((HttpStatusCode.NotFound, "NOT_FOUND_PAYMENT_SESSION")));
        Assert.That(read.PaymentStatus, Is.EqualTo("EXPIRED"));
    }

    [Test]
    public async Task A_confirm_inside_the_window_succeeds()
    {
        var payment = await _toss.AuthenticateAsync();

        var answer = await _toss.ConfirmAsync(payment);

        Assert.That(answer.PaymentStatus, Is.EqualTo("DONE"), answer.ToString());
    }
}
