using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>A small client for the identity endpoints, so the tests read as the app's steps.</summary>
internal sealed class IdentityApi(HttpClient client)
{
    public const string Password = "correct-horse-battery";

    public static string NewEmail() => $"user-{Guid.NewGuid():N}@example.com";

    public Task<HttpResponseMessage> SignUpAsync(string email, string password = Password, string nickname = "커피러버") =>
        client.PostAsJsonAsync(new Uri("/api/v1/auth/signup", UriKind.Relative), new { email, password, nickname });

    public Task<HttpResponseMessage> LogInAsync(string email, string password = Password) =>
        client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email, password });

    public Task<HttpResponseMessage> LogInAsync(string email, string password, string? otpCode) =>
        client.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email, password, otpCode });

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        client.PostAsJsonAsync(new Uri("/api/v1/auth/refresh", UriKind.Relative), new { refreshToken });

    public Task<HttpResponseMessage> LogOutAsync(string refreshToken) =>
        client.PostAsJsonAsync(new Uri("/api/v1/auth/logout", UriKind.Relative), new { refreshToken });

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? accessToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return client.SendAsync(request);
    }

    /// <summary>Signs a new user up and returns the token pair.</summary>
    public async Task<Tokens> NewUserAsync(string? email = null)
    {
        using var response = await SignUpAsync(email ?? NewEmail());
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
        return await Tokens.ReadAsync(response);
    }

    internal sealed record Tokens(long UserId, string AccessToken, string RefreshToken, int AccessTokenExpiresIn, int RefreshTokenExpiresIn)
    {
        public static async Task<Tokens> ReadAsync(HttpResponseMessage response)
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var root = document.RootElement;
            return new Tokens(
                root.GetProperty("userId").GetInt64(),
                root.GetProperty("accessToken").GetString()!,
                root.GetProperty("refreshToken").GetString()!,
                root.GetProperty("accessTokenExpiresIn").GetInt32(),
                root.GetProperty("refreshTokenExpiresIn").GetInt32());
        }
    }
}
