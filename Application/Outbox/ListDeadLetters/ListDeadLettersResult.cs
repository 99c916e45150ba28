using Hexagon.Application.Outbox.Ports;

namespace Hexagon.Application.Outbox.ListDeadLetters;

/// <summary>One page of dead letters; <see cref="NextCursor"/> is the cursor of the next page, null on the last.</summary>
public sealed record ListDeadLettersResult(IReadOnlyList<OutboxDeadLetter> Items, int Take, bool HasNext, long? NextCursor);
