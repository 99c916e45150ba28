using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Http;

/// <summary>
/// One running service per test class, on the shared test database, with the sign-up limit raised (each test signs
/// up its own users). Test classes derive from it and use <see cref="Api"/>.
/// </summary>
public abstract class IdentityHttpFixture
{
    private HexagonApiFactory _factory = null!;
    private HttpClient _client = null!;

    internal IdentityApi Api { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        _factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:SignUpPermitLimit"] = "1000" });
        _client = _factory.CreateClient();
        Api = new IdentityApi(_client);
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
