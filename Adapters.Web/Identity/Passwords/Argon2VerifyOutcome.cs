namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>What the library said about a password and an encoded hash.</summary>
internal enum Argon2VerifyOutcome
{
    Match,
    Mismatch,

    /// <summary>The library could not decode the stored hash: not a password error, not an outage either.</summary>
    Unreadable,
}
