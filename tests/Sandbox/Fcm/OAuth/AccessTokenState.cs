namespace Hexagon.Sandbox.Fcm.OAuth;

/// <summary>What a Bearer token presented to messages:send is. Unknown and expired differ only in the
/// ErrorInfo reason, as at Google; both are 401 UNAUTHENTICATED.</summary>
internal enum AccessTokenState
{
    Unknown,
    Expired,
    Valid,
}
