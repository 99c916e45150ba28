using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hexagon.Integration.Tests.Infrastructure;

/// <summary>
/// JSON calls to the service under test. Each send is awaited before its request (and body) is disposed, so concurrent
/// sends with bodies are safe.
/// </summary>
internal static class JsonHttp
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? accessToken, object? body = null)
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

        return await client.SendAsync(request);
    }

    /// <summary>Asserts the status (showing the body when it differs), disposes the response and returns its JSON.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(expected), body);
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
    }
}
