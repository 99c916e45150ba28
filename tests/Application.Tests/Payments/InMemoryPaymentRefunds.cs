using Hexagon.Application.Payments.Ports;
using Hexagon.Application.Tests.Identity.Fakes;

namespace Hexagon.Application.Tests.Payments;

internal sealed class InMemoryPaymentRefunds : IPaymentRefunds, ITransactionalFake
{
    private Dictionary<string, string> _statusByKey = new(StringComparer.Ordinal);

    public string? StatusOf(string key) => _statusByKey.GetValueOrDefault(key);

    public Task RequestAsync(PaymentRefund refund, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _statusByKey.TryAdd(refund.IdempotencyKey, "REQUESTED");
        return Task.CompletedTask;
    }

    public Task<bool> IsDoneAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(StatusOf(idempotencyKey) == "DONE");

    public Task MarkDoneAsync(string idempotencyKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _statusByKey[idempotencyKey] = "DONE";
        return Task.CompletedTask;
    }

    public Task MarkAttemptFailedAsync(string idempotencyKey, string reason, CancellationToken cancellationToken)
    {
        if (StatusOf(idempotencyKey) != "DONE")
        {
            _statusByKey[idempotencyKey] = "FAILED";
        }

        return Task.CompletedTask;
    }

    public object Snapshot() => new Dictionary<string, string>(_statusByKey, StringComparer.Ordinal);

    public void Restore(object snapshot) => _statusByKey = (Dictionary<string, string>)snapshot;
}
