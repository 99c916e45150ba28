namespace Hexagon.Domain.Common;

/// <summary>What kind of failure an <see cref="Error"/> is; the web adapter maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    Unavailable,
    Internal,
}
