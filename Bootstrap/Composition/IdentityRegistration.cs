using Hexagon.Adapters.Persistence.Identity;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Adapters.Web.Accounts;
using Hexagon.Adapters.Web.Configuration;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Adapters.Web.Identity.Passwords;
using Hexagon.Adapters.Web.Identity.Tokens;
using Hexagon.Adapters.Web.Identity.TwoFactor;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Adapters.Web.RateLimiting;
using Hexagon.Application.Common.Ports;
using Hexagon.Application.Identity;
using Hexagon.Application.Identity.CreateAdmin;
using Hexagon.Application.Identity.DeviceTokens;
using Hexagon.Application.Identity.GetMyProfile;
using Hexagon.Application.Identity.LogIn;
using Hexagon.Application.Identity.LogOut;
using Hexagon.Application.Identity.LogOutEverywhere;
using Hexagon.Application.Identity.Ports;
using Hexagon.Application.Identity.PurgeRefreshSessions;
using Hexagon.Application.Identity.RefreshTokens;
using Hexagon.Application.Identity.Sessions;
using Hexagon.Application.Identity.SignUp;
using Hexagon.Application.Identity.TwoFactor.DisableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.EnableTwoFactor;
using Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>Builds identity: accounts, sessions and push tokens, Argon2id hashing, JWT issuing, TOTP two-factor, and their endpoints.</summary>
public static class IdentityRegistration
{
    public static IServiceCollection AddHexagonIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PasswordHashingOptions>(configuration, PasswordHashingOptions.Section);
        services.AddValidatedOptions<TwoFactorOptions>(configuration, TwoFactorOptions.Section);

        // Singletons on purpose: the hasher's bound on concurrent hashes holds only if there is one of it.
        services.AddSingleton<IPasswordHasher>(sp => new Argon2idPasswordHasher(
            sp.GetRequiredService<IOptions<PasswordHashingOptions>>().Value,
            sp.GetRequiredService<ILogger<Argon2idPasswordHasher>>()));
        services.AddSingleton<IAccessTokenIssuer>(sp => new JwtAccessTokenIssuer(Jwt(sp)));
        services.AddSingleton<ISecretProtector>(sp => new AesGcmSecretProtector(TwoFactor(sp)));
        services.AddSingleton(_ => new DummyPasswordHash());
        services.AddSingleton(sp => new IdentityTokenLifetimes(
            TimeSpan.FromMinutes(Jwt(sp).AccessTokenMinutes), TimeSpan.FromDays(Jwt(sp).RefreshTokenDays)));
        services.AddSingleton(sp => new LoginThrottle(sp.GetRequiredService<IOptions<RateLimitOptions>>().Value));

        services.AddScoped<IUserRepository>(sp => new MySqlUserRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IRefreshSessionRepository>(sp => new MySqlRefreshSessionRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<IDeviceTokenRepository>(sp => new MySqlDeviceTokenRepository(sp.GetRequiredService<DbSession>()));
        services.AddScoped<ITwoFactorRepository>(sp => new MySqlTwoFactorRepository(sp.GetRequiredService<DbSession>()));

        services.AddScoped<ISignUp>(sp => new SignUpService(
            sp.GetRequiredService<IUserRepository>(),
            sp.GetRequiredService<IRefreshSessionRepository>(),
            sp.GetRequiredService<IPasswordHasher>(),
            sp.GetRequiredService<IAccessTokenIssuer>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<IdentityTokenLifetimes>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ILogIn>(sp => new LogInService(
            sp.GetRequiredService<IUserRepository>(),
            sp.GetRequiredService<IRefreshSessionRepository>(),
            sp.GetRequiredService<IPasswordHasher>(),
            sp.GetRequiredService<DummyPasswordHash>(),
            sp.GetRequiredService<IAccessTokenIssuer>(),
            sp.GetRequiredService<ITwoFactorRepository>(),
            sp.GetRequiredService<ISecretProtector>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<IdentityTokenLifetimes>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IRefreshTokens>(sp => new RefreshTokensService(
            sp.GetRequiredService<IUserRepository>(),
            sp.GetRequiredService<IRefreshSessionRepository>(),
            sp.GetRequiredService<IAccessTokenIssuer>(),
            sp.GetRequiredService<IUnitOfWork>(),
            sp.GetRequiredService<IdentityTokenLifetimes>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ILogOut>(sp => new LogOutService(
            sp.GetRequiredService<IRefreshSessionRepository>(), sp.GetRequiredService<IUnitOfWork>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ILogOutEverywhere>(sp => new LogOutEverywhereService(
            sp.GetRequiredService<IRefreshSessionRepository>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IGetMyProfile>(sp => new GetMyProfileService(sp.GetRequiredService<IUserRepository>()));
        services.AddScoped<IRegisterDeviceToken>(sp => new RegisterDeviceTokenService(
            sp.GetRequiredService<IDeviceTokenRepository>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IRemoveDeviceToken>(sp => new RemoveDeviceTokenService(sp.GetRequiredService<IDeviceTokenRepository>()));
        services.AddScoped<ICreateAdmin>(sp => new CreateAdminService(
            sp.GetRequiredService<IUserRepository>(), sp.GetRequiredService<IPasswordHasher>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ISetUpTwoFactor>(sp => new SetUpTwoFactorService(
            sp.GetRequiredService<IUserRepository>(),
            sp.GetRequiredService<ITwoFactorRepository>(),
            sp.GetRequiredService<ISecretProtector>(),
            TwoFactor(sp).Issuer,
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IEnableTwoFactor>(sp => new EnableTwoFactorService(
            sp.GetRequiredService<ITwoFactorRepository>(), sp.GetRequiredService<ISecretProtector>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IDisableTwoFactor>(sp => new DisableTwoFactorService(
            sp.GetRequiredService<ITwoFactorRepository>(), sp.GetRequiredService<ISecretProtector>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IPurgeRefreshSessions>(sp => new PurgeRefreshSessionsService(
            sp.GetRequiredService<IRefreshSessionRepository>(), sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<IEndpointModule>(_ => new AuthEndpoints(AuthorizationPolicies.Customer));
        services.AddSingleton<IEndpointModule>(_ => new MeEndpoints(AuthorizationPolicies.Customer));
        services.AddSingleton<IEndpointModule>(_ => new TwoFactorEndpoints(AuthorizationPolicies.Customer));
        return services;
    }

    private static TwoFactorOptions TwoFactor(IServiceProvider services) => services.GetRequiredService<IOptions<TwoFactorOptions>>().Value;

    private static JwtOptions Jwt(IServiceProvider services) => services.GetRequiredService<IOptions<JwtOptions>>().Value;
}
