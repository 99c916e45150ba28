using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Catalog.Http;

/// <summary>
/// One running service per test class on its own migrated throwaway database, which the tests fill with SQL. Tests
/// keep apart by using their own points on the map (far more than the search radius from each other's).
/// </summary>
public abstract class CatalogHttpFixture
{
    private ThrowawayDatabase _database = null!;
    private HexagonApiFactory _factory = null!;

    internal CatalogRows Rows { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_catalog");
        Rows = new CatalogRows(_database);
        _factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:SignUpPermitLimit"] = "1000" }, _database.Name);
        Client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    internal async Task<HttpResponseMessage> GetAsync(string path, string? accessToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await Client.SendAsync(request);
    }

    internal async Task<JsonElement> GetOkAsync(string path, string? accessToken = null)
    {
        using var response = await GetAsync(path, accessToken);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
