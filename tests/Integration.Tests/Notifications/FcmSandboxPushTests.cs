using Hexagon.Adapters.Notifications.Configuration;
using Hexagon.Adapters.Notifications.Fcm;
using Hexagon.Application.Notifications.Ports;
using Hexagon.Integration.Tests.Sandbox.Fcm;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Integration.Tests.Notifications;

/// <summary>
/// The FCM adapter against the project's FCM sandbox (tests/Sandbox): the sandbox checks the RS256 assertion and
/// FCM's message rules, so a push it accepts is one real FCM would accept too.
/// </summary>
public sealed class FcmSandboxPushTests
{
    [Test]
    public async Task A_push_the_sandbox_delivers_and_an_unregistered_token_reported_as_gone()
    {
        await using var sandbox = await FcmSandboxHarness.StartAsync(settings => settings.UnregisteredTokens.Add("gone-token"));
        var options = new FcmOptions
        {
            ProjectId = FcmSandboxHarness.ProjectId,
            BaseUrl = sandbox.Server.BaseUrl.ToString(),
            TokenUri = sandbox.TokenUri,
            ServiceAccountJson = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["client_email"] = FcmSandboxHarness.ClientEmail,
                ["private_key_id"] = FcmSandboxHarness.KeyId,
                ["private_key"] = sandbox.Key.ExportPkcs8PrivateKeyPem(),
            }),
        };
        using var fcmClient = new HttpClient { BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/") };
        using var tokenClient = new HttpClient();
        using var tokens = new FcmAccessTokenSource(() => tokenClient, options, sandbox.Clock);
        var sender = new FcmPushSender(fcmClient, tokens, options, sandbox.Clock, NullLogger<FcmPushSender>.Instance);
        var data = new Dictionary<string, string> { ["type"] = "ORDER_PAID", ["orderNo"] = "ORD-SANDBOX-1" };

        var delivered = await sender.SendAsync(new PushMessage("live-token", "결제 완료", "[카페] 결제가 완료되었어요.", data), CancellationToken.None);
        var gone = await sender.SendAsync(new PushMessage("gone-token", "결제 완료", "[카페] 결제가 완료되었어요.", data), CancellationToken.None);

        Assert.That(delivered.Kind, Is.EqualTo(PushResultKind.Delivered), delivered.Reason);
        Assert.That(gone.Kind, Is.EqualTo(PushResultKind.TokenGone), gone.Reason);
        var seen = await sandbox.Http.GetStringAsync(new Uri("sandbox/v1/fcm/messages?token=live-token", UriKind.Relative));
        Assert.That(seen, Does.Contain("ORD-SANDBOX-1").And.Contain("ic_order"));
    }
}
