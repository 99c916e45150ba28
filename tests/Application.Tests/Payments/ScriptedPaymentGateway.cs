using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Payments;

/// <summary>
/// Answers each call with the next scripted outcome and records the requests. It fails the test when called inside a
/// transaction: no HTTP call may run inside one.
/// </summary>
internal sealed class ScriptedPaymentGateway(InMemoryUnitOfWork unitOfWork) : IPaymentGateway
{
    public Queue<GatewayOutcome> ConfirmAnswers { get; } = new();
    public Queue<GatewayOutcome> CancelAnswers { get; } = new();
    public Queue<GatewayOutcome> LookupAnswers { get; } = new();
    public List<ConfirmPaymentRequest> Confirms { get; } = [];
    public List<CancelPaymentRequest> Cancels { get; } = [];
    public List<string> Lookups { get; } = [];

    public int Calls => Confirms.Count + Cancels.Count + Lookups.Count;

    public Task<GatewayOutcome> ConfirmAsync(ConfirmPaymentRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Confirms.Add(request);
        return Next(ConfirmAnswers);
    }

    public Task<GatewayOutcome> CancelAsync(CancelPaymentRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Cancels.Add(request);
        return Next(CancelAnswers);
    }

    public Task<GatewayOutcome> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken)
    {
        Lookups.Add(orderId);
        return Next(LookupAnswers);
    }

    public Task<GatewayOutcome> GetAsync(string paymentKey, CancellationToken cancellationToken)
    {
        Lookups.Add(paymentKey);
        return Next(LookupAnswers);
    }

    private Task<GatewayOutcome> Next(Queue<GatewayOutcome> answers)
    {
        Assert.That(unitOfWork.InTransaction, Is.False, "the payment gateway was called inside a database transaction");
        Assert.That(answers, Is.Not.Empty, "the gateway was called more often than scripted");
        return Task.FromResult(answers.Dequeue());
    }
}
