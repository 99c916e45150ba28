using System.Net;
using System.Net.Http.Headers;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Web;

/// <summary>The real service on Kestrel with the test token settings and the auth probe endpoints.</summary>
internal sealed class BearerApi : IAsyncDisposable
{
    private readonly HexagonApiFactory _factory;

    private BearerApi(HexagonApiFactory factory)
    {
        _factory = factory;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public static async Task<BearerApi> StartAsync()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        return new BearerApi(new HexagonApiFactory(TestAccessTokens.Settings).WithEndpoints(new AuthProbeEndpoints()));
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? bearerToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>401 with our problem details and the RFC 6750 challenge for a token that was sent but is no good.</summary>
    public static async Task AssertInvalidTokenAsync(HttpResponseMessage response, string errorCode)
    {
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, errorCode);
        Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer error=\"invalid_token\""));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
