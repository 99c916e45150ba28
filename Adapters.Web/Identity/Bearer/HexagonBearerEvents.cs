using Hexagon.Adapters.Web.Errors;
using Hexagon.Application.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Hexagon.Adapters.Web.Identity.Bearer;

/// <summary>
/// Makes bearer failures answer like every other error of the service (problem details with our code) instead of the
/// handler's empty 401/403, and refuses valid-looking tokens whose subject is not a user id.
/// </summary>
public sealed class HexagonBearerEvents : JwtBearerEvents
{
    public override Task TokenValidated(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Endpoints read the user id from sub; a signed token without a usable one is refused here, once.
        if (context.Principal is null || !context.Principal.TryGetUserId(out _))
        {
            context.Fail("The access token's subject is not a user id.");
        }

        return Task.CompletedTask;
    }

    public override Task Challenge(JwtBearerChallengeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        // RFC 6750 §3.1: no error attribute when the request carried no token; invalid_token for any bad one.
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        return new ProblemResult(BearerFailureErrors.For(context.AuthenticateFailure)).ExecuteAsync(context.HttpContext);
    }

    public override Task Forbidden(ForbiddenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ProblemResult(ErrorCatalog.Forbidden).ExecuteAsync(context.HttpContext);
    }
}
