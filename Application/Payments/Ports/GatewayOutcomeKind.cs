namespace Hexagon.Application.Payments.Ports;

public enum GatewayOutcomeKind
{
    /// <summary>The provider did it; <see cref="GatewayOutcome.Payment"/> is its answer.</summary>
    Succeeded,

    /// <summary>The provider definitely did not do it (declined card, expired session, our own misconfiguration).</summary>
    Rejected,

    /// <summary>A lookup found no such payment.</summary>
    NotFound,

    /// <summary>It may or may not have happened (timeout, 5xx, unknown code): look the payment up before deciding.</summary>
    Unknown,
}
