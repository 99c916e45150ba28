using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hexagon.Integration.Tests.Identity.Http;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Promotions;

/// <summary>One running service per test class on its own migrated throwaway database; customers sign up over HTTP.</summary>
public abstract class PromotionsHttpFixture
{
    private HexagonApiFactory _factory = null!;

    internal ThrowawayDatabase Database { get; private set; } = null!;

    internal PromotionRows Rows { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    internal IdentityApi Api => new(Client);

    internal IServiceProvider Services => _factory.Services;

    [OneTimeSetUp]
    public async Task StartService()
    {
        Database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_promo");
        Rows = new PromotionRows(Database);
        _factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:SignUpPermitLimit"] = "1000" }, Database.Name);
        Client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    internal async Task<HttpResponseMessage> GetAsync(string path, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await Client.SendAsync(request);
    }

    internal async Task<JsonElement> GetOkAsync(string path, string accessToken)
    {
        using var response = await GetAsync(path, accessToken);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
