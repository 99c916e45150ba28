using System.Net;
using Dapper;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;
using MySql.Data.MySqlClient;

namespace Hexagon.Integration.Tests.Identity.Http;

public sealed class DeviceTokenTests : IdentityHttpFixture
{
    [Test]
    public async Task A_token_registered_by_another_account_moves_to_it()
    {
        var first = await Api.NewUserAsync();
        var second = await Api.NewUserAsync();
        var token = "fcm-" + Guid.NewGuid().ToString("N");

        using (var put = await Api.SendAsync(HttpMethod.Put, "/api/v1/me/device-token", first.AccessToken, new { token, platform = "android" }))
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(await OwnerOfAsync(token), Is.EqualTo(first.UserId));

        using (var put = await Api.SendAsync(HttpMethod.Put, "/api/v1/me/device-token", second.AccessToken, new { token, platform = "ios" }))
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(await OwnerOfAsync(token), Is.EqualTo(second.UserId));
    }

    [Test]
    public async Task Deleting_removes_only_the_callers_own_token()
    {
        var owner = await Api.NewUserAsync();
        var stranger = await Api.NewUserAsync();
        var token = "fcm-" + Guid.NewGuid().ToString("N");
        using (await Api.SendAsync(HttpMethod.Put, "/api/v1/me/device-token", owner.AccessToken, new { token, platform = "android" }))
        {
        }

        using (var strangerDelete = await Api.SendAsync(HttpMethod.Delete, "/api/v1/me/device-token", stranger.AccessToken, new { token }))
        {
            Assert.That(strangerDelete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "idempotent, and tells nothing about others");
        }

        Assert.That(await OwnerOfAsync(token), Is.EqualTo(owner.UserId));

        using (var ownerDelete = await Api.SendAsync(HttpMethod.Delete, "/api/v1/me/device-token", owner.AccessToken, new { token }))
        {
            Assert.That(ownerDelete.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        Assert.That(await OwnerOfAsync(token), Is.Null);
    }

    [Test]
    public async Task An_unknown_platform_answers_1111()
    {
        var user = await Api.NewUserAsync();

        using var response = await Api.SendAsync(HttpMethod.Put, "/api/v1/me/device-token", user.AccessToken, new { token = "t-1", platform = "windows" });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").TryGetProperty("platform", out _), Is.True);
    }

    private static async Task<long?> OwnerOfAsync(string token)
    {
        await using var connection = new MySqlConnection(TestServers.ConnectionStringFor(TestServers.Database));
        return await connection.ExecuteScalarAsync<long?>("SELECT user_id FROM device_tokens WHERE token = @token", new { token });
    }
}
