using System.Collections.Concurrent;
using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>
/// A test handler of one type: answers what the test scripts (or throws) and counts every delivery it gets, from
/// any number of relays at once.
/// </summary>
internal sealed class RecordingHandler(string type, Func<OutboxEnvelope, OutboxHandling> answer) : IOutboxHandler
{
    private readonly ConcurrentQueue<OutboxEnvelope> _deliveries = new();

    public string Type { get; } = type;

    public IReadOnlyList<OutboxEnvelope> Deliveries => _deliveries.ToList();

    public static RecordingHandler AlwaysDone(string type) => new(type, _ => OutboxHandling.Done());

    public async Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        _deliveries.Enqueue(message);
        // Gives a racing relay the chance to run while this one is mid-delivery.
        await Task.Yield();
        return answer(message);
    }
}
