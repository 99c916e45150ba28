using System.Globalization;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Bearer;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.RateLimiting;
using Hexagon.Application.Errors;
using Hexagon.Application.Identity.LogIn;
using Hexagon.Application.Identity.LogOut;
using Hexagon.Application.Identity.LogOutEverywhere;
using Hexagon.Application.Identity.RefreshTokens;
using Hexagon.Application.Identity.SignUp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Accounts;

/// <summary>/api/v1/auth: sign-up, login, token refresh and logout. Thin: request → command → port → response.</summary>
public sealed class AuthEndpoints(string customerPolicy) : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapPost("/signup", SignUpAsync).RequireRateLimiting(RateLimitPolicies.SignUp)
            .Produces<AuthTokensResponse>(StatusCodes.Status201Created);
        auth.MapPost("/login", LogInAsync).Produces<AuthTokensResponse>();
        auth.MapPost("/refresh", RefreshAsync).RequireRateLimiting(RateLimitPolicies.Refresh).Produces<AuthTokensResponse>();
        auth.MapPost("/logout", LogOutAsync).Produces(StatusCodes.Status204NoContent);
        auth.MapPost("/logout-all", LogOutEverywhereAsync).RequireAuthorization(customerPolicy).Produces(StatusCodes.Status204NoContent);
    }

    private static async Task<IResult> SignUpAsync(SignUpRequest request, HttpContext context, ISignUp signUp, CancellationToken cancellationToken)
    {
        var command = new SignUpCommand(request.Email ?? "", request.Password ?? "", request.Nickname ?? "", request.DeviceId, UserAgent(context));
        var result = await signUp.SignUpAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(tokens => Results.Json(AuthTokensResponse.From(tokens), WebJson.Options, statusCode: StatusCodes.Status201Created));
    }

    private static async Task<IResult> LogInAsync(
        LogInRequest request, HttpContext context, ILogIn logIn, LoginThrottle throttle, CancellationToken cancellationToken)
    {
        // Before the password check: a flood of guesses must not even reach the hasher.
        if (!throttle.TryAcquire(request.Email, context.Connection.RemoteIpAddress, out var retryAfter))
        {
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return new ProblemResult(ErrorCatalog.TooManyLoginAttempts);
        }

        var command = new LogInCommand(request.Email ?? "", request.Password ?? "", request.DeviceId, request.OtpCode, UserAgent(context));
        var result = await logIn.LogInAsync(command, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(tokens => Results.Json(AuthTokensResponse.From(tokens), WebJson.Options));
    }

    private static async Task<IResult> RefreshAsync(
        RefreshTokenRequest request, HttpContext context, IRefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        var result = await refreshTokens.RefreshAsync(new RefreshTokensCommand(request.RefreshToken ?? "", UserAgent(context)), cancellationToken)
            .ConfigureAwait(false);
        return result.ToHttp(tokens => Results.Json(AuthTokensResponse.From(tokens), WebJson.Options));
    }

    private static async Task<IResult> LogOutAsync(RefreshTokenRequest request, ILogOut logOut, CancellationToken cancellationToken)
    {
        var result = await logOut.LogOutAsync(new LogOutCommand(request.RefreshToken ?? ""), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static async Task<IResult> LogOutEverywhereAsync(HttpContext context, ILogOutEverywhere logOutEverywhere, CancellationToken cancellationToken)
    {
        var result = await logOutEverywhere.LogOutEverywhereAsync(context.User.GetUserId(), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(Results.NoContent);
    }

    private static string? UserAgent(HttpContext context) => context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent : null;
}
