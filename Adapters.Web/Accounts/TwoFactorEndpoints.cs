using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Accounts;

/// <summary>/api/v1/me/2fa: TOTP setup, enable and disable for the signed-in user (customers and admins alike).</summary>
public sealed class TwoFactorEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var twoFactor = endpoints.MapGroup("/api/v1/me/2fa").WithTags("Me").RequireAuthorization(customerPolicy);
        twoFactor.MapPost("/setup", SetUpAsync).Produces<TwoFactorSetupResponse>();
        twoFactor.MapPost("/enable", EnableAsync).Produces(StatusCodes.Status204NoContent);
        twoFactor.MapPost("/disable", DisableAsync).Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> SetUpAsync(HttpContext context, ISetUpTwoFactor setUp, CancellationToken cancellationToken)
    {
        var result = await setUp.SetUpAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(setup => Results.Json(TwoFactorSetupResponse.From(setup), WebJson.Options));
    }

    private static async Task<IResult> EnableAsync(
        TwoFactorCodeRequest request, HttpContext context, IEnableTwoFactor enable, CancellationToken cancellationToken)
    {
        var result = await enable.EnableAsync(new EnableTwoFactorCommand(context.User.GetUserId(), request.Code), cancellationToken)
            .ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> DisableAsync(
        TwoFactorCodeRequest request, HttpContext context, IDisableTwoFactor disable, CancellationToken cancellationToken)
    {
        var result = await disable.DisableAsync(new DisableTwoFactorCommand(context.User.GetUserId(), request.Code), cancellationToken)
            .ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }
}
