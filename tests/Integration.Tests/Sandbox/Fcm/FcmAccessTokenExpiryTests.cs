using System.Net;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

/// <summary>Own sandbox per test: these move its clock and expire its tokens.</summary>
public sealed class FcmAccessTokenExpiryTests
{
    [Test]
    public async Task An_access_token_past_its_expires_in_is_401_ACCESS_TOKEN_EXPIRED_and_a_new_one_works()
    {
        await using var fcm = await FcmSandboxHarness.StartAsync(settings => settings.AccessTokenLifetimeSeconds = 300);
        var old = await fcm.AccessTokenAsync();
        var message = new { message = new { token = FcmSandboxHarness.NewDeviceToken() } };

        fcm.Clock.Advance(TimeSpan.FromSeconds(299));
        var justBefore = await fcm.SendAsync(message, old);
        fcm.Clock.Advance(TimeSpan.FromSeconds(1));
        var expired = await fcm.SendAsync(message, old);
        var renewed = await fcm.SendAsync(message, await fcm.AccessTokenAsync());

        Assert.That(justBefore.Status, Is.EqualTo(HttpStatusCode.OK), justBefore.ToString());
        Assert.That((expired.Status, expired.RpcStatus, expired.Reason),
            Is.EqualTo((HttpStatusCode.Unauthorized, "UNAUTHENTICATED", "ACCESS_TOKEN_EXPIRED")), expired.ToString());
        Assert.That(renewed.Status, Is.EqualTo(HttpStatusCode.OK), renewed.ToString());
    }

    [Test]
    public async Task The_expire_control_ends_every_token_issued_so_far()
    {
        await using var fcm = await FcmSandboxHarness.StartAsync();
        var token = await fcm.AccessTokenAsync();

        var expire = await fcm.SendAsync(new HttpRequestMessage(HttpMethod.Post, "sandbox/v1/fcm/access-tokens/expire"));
        var send = await fcm.SendAsync(new { message = new { token = FcmSandboxHarness.NewDeviceToken() } }, token);

        Assert.That(expire.Body.GetProperty("expired").GetInt32(), Is.EqualTo(1));
        Assert.That((send.Status, send.Reason), Is.EqualTo((HttpStatusCode.Unauthorized, "ACCESS_TOKEN_EXPIRED")));
    }
}
