using System.Net;

namespace Hexagon.Integration.Tests.Sandbox;

public sealed class SandboxAuthTests
{
    private TossSandboxHarness _toss = null!;

    [OneTimeSetUp]
    public async Task Start() => _toss = await TossSandboxHarness.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _toss.DisposeAsync();

    [Test]
    public async Task A_wrong_secret_key_is_401_UNAUTHORIZED_KEY()
    {
        var answer = await _toss.SendAsync(HttpMethod.Get, "v1/payments/orders/order-000001", null,
            authorization: TossSandboxHarness.BasicValue("test_sk_someone_else:"));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized), answer.ToString());
        Assert.That(answer.Code, Is.EqualTo("UNAUTHORIZED_KEY"));
        Assert.That(answer.Body.GetProperty("message").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task The_right_key_without_its_trailing_colon_is_403_INCORRECT_BASIC_AUTH_FORMAT()
    {
        var answer = await _toss.SendAsync(HttpMethod.Get, "v1/payments/orders/order-000001", null,
            authorization: TossSandboxHarness.BasicValue(TossSandboxHarness.SecretKey));

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Forbidden), answer.ToString());
        Assert.That(answer.Code, Is.EqualTo("INCORRECT_BASIC_AUTH_FORMAT"));
    }

    [Test]
    public async Task No_authorization_header_is_401_and_nothing_is_confirmed()
    {
        var payment = await _toss.AuthenticateAsync();

        var answer = await _toss.SendAsync(HttpMethod.Post, "v1/payments/confirm",
            new { paymentKey = payment.PaymentKey, orderId = payment.OrderId, amount = payment.Amount }, authorization: null);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized), answer.ToString());
        Assert.That(answer.Code, Is.EqualTo("UNAUTHORIZED_KEY"));
        Assert.That((await _toss.GetAsync($"v1/payments/{payment.PaymentKey}")).PaymentStatus, Is.EqualTo("IN_PROGRESS"));
    }

    [Test]
    public async Task The_right_key_reads_the_payment()
    {
        var payment = await _toss.AuthenticateAsync();

        var answer = await _toss.GetAsync($"v1/payments/{payment.PaymentKey}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK), answer.ToString());
    }
}
