using Hexagon.Sandbox.Faults;
using Hexagon.Sandbox.Fcm.Api;
using Hexagon.Sandbox.Fcm.Messages;
using Hexagon.Sandbox.Fcm.OAuth;

namespace Hexagon.Sandbox.Fcm;

/// <summary>
/// The FCM part of the sandbox's composition (see Hosting/SandboxApplication): its objects, one per sandbox, and
/// its endpoints — the OAuth token endpoint, messages:send and the /sandbox/v1/fcm controls.
/// </summary>
internal static class FcmSandbox
{
    public static void AddServices(IServiceCollection services, FcmSandboxSettings settings, TimeProvider clock)
    {
        // A factory, so the container owns (and disposes) the RSA key.
        services.AddSingleton(_ => ServiceAccount.From(settings));
        services.AddSingleton(new AccessTokenStore(settings, clock));
        services.AddSingleton(new DeviceDirectory(settings.UnregisteredTokens));
        services.AddSingleton(sp => new SendOperation(settings, sp.GetRequiredService<DeviceDirectory>(), clock));
    }

    public static void Map(WebApplication app, FcmSandboxSettings settings, FaultInjector faults, TimeProvider clock)
    {
        var account = app.Services.GetRequiredService<ServiceAccount>();
        var tokens = app.Services.GetRequiredService<AccessTokenStore>();
        TokenEndpoint.Map(app, settings, new AssertionVerifier(account, clock), tokens, faults);
        FcmEndpoints.Map(app, tokens, app.Services.GetRequiredService<SendOperation>(), faults);
        FcmControlEndpoints.Map(app, settings, account, app.Services.GetRequiredService<DeviceDirectory>(), tokens);
    }
}
