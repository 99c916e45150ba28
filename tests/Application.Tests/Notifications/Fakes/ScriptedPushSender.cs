using Hexagon.Application.Notifications.Ports;

namespace Hexagon.Application.Tests.Notifications.Fakes;

/// <summary>Answers each token with its scripted result (delivered when none), and records what was sent.</summary>
internal sealed class ScriptedPushSender : IPushSender
{
    public Dictionary<string, PushResult> Answers { get; } = new(StringComparer.Ordinal);

    public List<PushMessage> Sent { get; } = [];

    public Task<PushResult> SendAsync(PushMessage message, CancellationToken cancellationToken)
    {
        Sent.Add(message);
        return Task.FromResult(Answers.GetValueOrDefault(message.Token, PushResult.Delivered));
    }
}
