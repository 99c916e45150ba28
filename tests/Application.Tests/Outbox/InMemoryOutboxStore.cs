using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Application.Tests.Outbox;

/// <summary>
/// The relay's store as a list: claims the pending messages in id order and records every outcome the relay reports.
/// <see cref="LoseLeases"/> makes every fenced update miss, as if another relay had claimed the messages again.
/// </summary>
internal sealed class InMemoryOutboxStore
    : IOutboxStore
{
    private readonly List<(OutboxEnvelope Message, bool Claimed)> _messages = [];

    public List<string> Outcomes { get; } = [];

    public bool LoseLeases { get; set; }

    public void Add(long id, string type, int previousAttempts = 0) =>
        _messages.Add((new OutboxEnvelope(id, type, "{}", previousAttempts, DateTimeOffset.UnixEpoch), false));

    public Task<IReadOnlyList<OutboxEnvelope>> ClaimDueAsync(
        IReadOnlyCollection<string> types, int limit, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = new List<OutboxEnvelope>();
        for (var i = 0; i < _messages.Count && claimed.Count < limit; i++)
        {
            if (!_messages[i].Claimed && types.Contains(_messages[i].Message.Type))
            {
                var message = _messages[i].Message with { Attempt = _messages[i].Message.Attempt + 1 };
                _messages[i] = (message, true);
                claimed.Add(message);
            }
        }

        return Task.FromResult<IReadOnlyList<OutboxEnvelope>>(claimed);
    }

    public Task<bool> CompleteAsync(OutboxEnvelope message, DateTimeOffset now, CancellationToken cancellationToken) =>
        Record($"{message.Id} done");

    public Task<bool> ScheduleRetryAsync(OutboxEnvelope message, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        Record($"{message.Id} retry at {nextAttemptAt:HH:mm:ss}: {error}");

    public Task<bool> DeadLetterAsync(OutboxEnvelope message, string error, DateTimeOffset now, CancellationToken cancellationToken) =>
        Record($"{message.Id} dead: {error}");

    public Task<bool> ReleaseAsync(OutboxEnvelope message, DateTimeOffset now, CancellationToken cancellationToken) =>
        Record($"{message.Id} released");

    private Task<bool> Record(string outcome)
    {
        Outcomes.Add(outcome);
        return Task.FromResult(!LoseLeases);
    }
}
