using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Identity.DeviceTokens;
using Hexagon.Application.Identity.GetMyProfile;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Accounts;

/// <summary>/api/v1/me: the caller's own profile and push token. The user id always comes from the access token.</summary>
public sealed class MeEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me").WithTags("Me").RequireAuthorization(customerPolicy);
        me.MapGet("", GetProfileAsync).Produces<MyProfileResponse>();
        me.MapPut("/device-token", RegisterDeviceTokenAsync).Produces(StatusCodes.Status204NoContent);
        me.MapDelete("/device-token", RemoveDeviceTokenAsync).Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> GetProfileAsync(HttpContext context, IGetMyProfile getMyProfile, CancellationToken cancellationToken)
    {
        var result = await getMyProfile.GetAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(profile => Results.Json(MyProfileResponse.From(profile), WebJson.Options));
    }

    private static async Task<IResult> RegisterDeviceTokenAsync(
        DeviceTokenRequest request, HttpContext context, IRegisterDeviceToken registerDeviceToken, CancellationToken cancellationToken)
    {
        var command = new RegisterDeviceTokenCommand(context.User.GetUserId(), request.Token ?? "", request.Platform ?? "");
        var result = await registerDeviceToken.RegisterAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> RemoveDeviceTokenAsync(
        [FromBody] DeviceTokenRequest request, HttpContext context, IRemoveDeviceToken removeDeviceToken, CancellationToken cancellationToken)
    {
        var command = new RemoveDeviceTokenCommand(context.User.GetUserId(), request.Token ?? "");
        var result = await removeDeviceToken.RemoveAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }
}
