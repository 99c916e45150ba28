namespace Hexagon.Domain.Identity;

/// <summary>What presenting a session's refresh token means right now.</summary>
public enum RefreshSessionStatus
{
    /// <summary>Unused, unrevoked, unexpired: may be exchanged once.</summary>
    Usable,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Ended by logout, logout everywhere, or an earlier reuse detection.</summary>
    Revoked,

    /// <summary>Exchanged before: whoever presents it again holds a copy, so the whole family must end.</summary>
    Reused,
}
