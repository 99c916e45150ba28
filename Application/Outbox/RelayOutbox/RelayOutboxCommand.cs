namespace Hexagon.Application.Outbox.RelayOutbox;

/// <summary>
/// Relay batch after batch until no message is due or <paramref name="MaxMessages"/> were claimed: the bound keeps
/// one run from going on for ever while new messages keep arriving.
/// </summary>
public sealed record RelayOutboxCommand(int MaxMessages);
