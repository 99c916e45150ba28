using System.Net;
using System.Text.Json;
using Hexagon.Domain.Identity.TwoFactor;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>The /me/2fa calls and the authenticator-app side (codes from the secret), so the tests read as steps.</summary>
internal sealed class TwoFactorApi(IdentityApi api)
{
    // Enough for every request of one test to land inside the same 30-second step.
    public static readonly TimeSpan TestBudget = TimeSpan.FromSeconds(12);

    public async Task<byte[]> SetUpAsync(string accessToken)
    {
        using var response = await api.SendAsync(HttpMethod.Post, "/api/v1/me/2fa/setup", accessToken);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Base32.Decode(body.RootElement.GetProperty("secret").GetString()!);
    }

    /// <summary>Sets up and enables with the previous step's code, leaving the returned (current) step unused.</summary>
    public async Task<(byte[] Secret, long Step)> EnableAsync(string accessToken)
    {
        var secret = await SetUpAsync(accessToken);
        var step = await TotpSteps.CurrentWithAtLeastAsync(TestBudget);
        using var enable = await SendCodeAsync("enable", accessToken, Totp.CodeAt(secret, step - 1));
        Assert.That(enable.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await enable.Content.ReadAsStringAsync());
        return (secret, step);
    }

    /// <summary>POST /api/v1/me/2fa/{action} ("enable" or "disable") with a code.</summary>
    public Task<HttpResponseMessage> SendCodeAsync(string action, string accessToken, string? code) =>
        api.SendAsync(HttpMethod.Post, "/api/v1/me/2fa/" + action, accessToken, new { code });

    /// <summary>Six digits that match no step of the window around <paramref name="step"/>.</summary>
    public static string WrongCode(byte[] secret, long step)
    {
        var window = Enumerable.Range(-1, 3).Select(offset => Totp.CodeAt(secret, step + offset)).ToHashSet();
        return Enumerable.Range(0, 10).Select(digit => new string((char)('0' + digit), 6)).First(code => !window.Contains(code));
    }
}
