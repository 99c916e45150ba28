using System.Net;
using System.Security.Cryptography;
using Hexagon.Sandbox;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

/// <summary>The local-run mode: no key configured, the sandbox makes a service account and hands its JSON out.</summary>
public sealed class FcmGeneratedServiceAccountTests
{
    [Test]
    public async Task The_generated_service_account_json_signs_assertions_the_sandbox_accepts()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxSettings());
        using var http = new HttpClient { BaseAddress = server.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };

        using var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri("sandbox/v1/fcm/service-account", UriKind.Relative)));
        var account = json.RootElement;
        using var key = RSA.Create();
        key.ImportFromPem(account.GetProperty("private_key").GetString());
        var now = DateTimeOffset.UtcNow;
        var assertion = TestAssertion.For(account.GetProperty("client_email").GetString()!,
            account.GetProperty("token_uri").GetString()!, now, account.GetProperty("private_key_id").GetString());
        using var exchange = await http.PostAsync(new Uri("token", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:jwt-bearer",
                ["assertion"] = assertion.SignWith(key),
            }));

        Assert.That(account.GetProperty("type").GetString(), Is.EqualTo("service_account"));
        Assert.That(account.GetProperty("project_id").GetString(), Is.EqualTo("hexagon-local"));
        Assert.That(account.GetProperty("token_uri").GetString(), Is.EqualTo(new Uri(server.BaseUrl, "token").ToString()));
        Assert.That(exchange.StatusCode, Is.EqualTo(HttpStatusCode.OK), await exchange.Content.ReadAsStringAsync());
    }
}
