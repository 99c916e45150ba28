using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.IdentityModel.Tokens;

namespace Hexagon.Adapters.Web.Identity.Bearer;

/// <summary>
/// Which error a failed bearer authentication answers with. The app acts on the difference: 0006 means "refresh",
/// the others mean "log in again", and 0007 means no token was sent at all.
/// </summary>
public static class BearerFailureErrors
{
    public static Error For(Exception? failure) => failure switch
    {
        null => ErrorCatalog.Unauthorized,
        // Several token handlers may fail at once; the first one's reason is the one to tell.
        AggregateException { InnerExceptions.Count: > 0 } aggregate => For(aggregate.InnerExceptions[0]),
        SecurityTokenExpiredException => ErrorCatalog.ExpiredToken,
        // Includes "signature key not found": a token signed with another key, or with an algorithm we do not accept.
        SecurityTokenInvalidSignatureException => ErrorCatalog.InvalidSignature,
        // Not a JWS at all (a refresh token, "abc", broken base64): the library says malformed, or throws ArgumentException.
        SecurityTokenMalformedException or ArgumentException => ErrorCatalog.MalformedToken,
        // A well-formed, well-signed token that is not ours to accept: issuer, audience, type, no exp, bad subject, ...
        _ => ErrorCatalog.InvalidToken,
    };
}
