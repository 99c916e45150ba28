namespace Hexagon.Application.Outbox.RequeueDeadLetter;

/// <summary>The dead-lettered message to send again.</summary>
public sealed record RequeueDeadLetterCommand(long MessageId);
