namespace Hexagon.Application.Notifications.Ports;

public enum PushResultKind
{
    /// <summary>The push service accepted the message.</summary>
    Delivered,

    /// <summary>The token is unregistered or invalid: forget it, never retry.</summary>
    TokenGone,

    /// <summary>Temporarily unavailable, over quota or unreachable: try again later.</summary>
    Transient,

    /// <summary>Our credentials or project are wrong: nothing will work until an operator fixes the configuration.</summary>
    Misconfigured,

    /// <summary>No push credentials are configured (a local or test set-up): pushes are skipped.</summary>
    Disabled,
}
