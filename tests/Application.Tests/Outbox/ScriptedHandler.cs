using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Application.Tests.Outbox;

/// <summary>A handler of one type that answers (or throws) whatever the test scripts, and remembers what it was given.</summary>
internal sealed class ScriptedHandler(string type, Func<OutboxEnvelope, CancellationToken, OutboxHandling> answer) : IOutboxHandler
{
    public string Type { get; } = type;

    public List<long> Handled { get; } = [];

    public Task<OutboxHandling> HandleAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        Handled.Add(message.Id);
        return Task.FromResult(answer(message, cancellationToken));
    }
}
