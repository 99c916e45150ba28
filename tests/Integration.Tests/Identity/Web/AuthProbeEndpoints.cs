using System.Security.Claims;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Integration.Tests.Identity.Web;

/// <summary>Test-only endpoints behind the two bearer policies; they answer who the token says the caller is.</summary>
public sealed class AuthProbeEndpoints : IEndpointModule
{
    public const string CustomerPath = "/test/auth/customer";
    public const string AdminPath = "/test/auth/admin";

    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CustomerPath, Caller).RequireAuthorization(AuthorizationPolicies.Customer);
        endpoints.MapGet(AdminPath, Caller).RequireAuthorization(AuthorizationPolicies.Admin);
    }

    private static IResult Caller(ClaimsPrincipal user) =>
        Results.Ok(new CallerResponse(user.GetUserId(), user.FindFirstValue("role") ?? ""));

    public sealed record CallerResponse(long UserId, string Role);
}
