using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hexagon.Integration.Tests.Identity.Web;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Outbox;

/// <summary>The whole service on a database of the fixture's own, an empty outbox per test, and admin requests.</summary>
public abstract class OutboxApiFixture
{
    private const string Insert = """
        INSERT INTO outbox_messages (type, payload, status, attempts, next_attempt_at, last_error, created_at, processed_at)
        VALUES (@type, @payload, @status, @attempts, '2026-11-22 03:00:00', @lastError, @createdAt, @processedAt);
        SELECT LAST_INSERT_ID();
        """;

    private HexagonApiFactory _api = null!;

    private protected ThrowawayDatabase Database { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        Database = await ThrowawayDatabase.CreateMigratedAsync("outboxapi");
        _api = new HexagonApiFactory(TestAccessTokens.Settings, database: Database.Name);
        Client = _api.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        // Null-safe: a set-up that failed half-way must still drop the database it created.
        Client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    [SetUp]
    public Task EmptyOutbox() => Database.ExecuteAsync("DELETE FROM outbox_messages");

    private protected Task<long> InsertAsync(string type, string status, string payload, string? lastError) => Database.ScalarAsync<long>(Insert, new
    {
        type,
        payload,
        status,
        attempts = status == "PENDING" ? 1 : 10,
        lastError,
        createdAt = new DateTime(2026, 11, 22, 2, 0, 0, DateTimeKind.Utc),
        processedAt = status is "DEAD" or "DONE" ? new DateTime(2026, 11, 22, 2, 30, 0, DateTimeKind.Utc) : (DateTime?)null,
    });

    private protected async Task<JsonDocument> SendOkAsync(string method, string path)
    {
        using var response = await Client.SendAsync(Request(method, path));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body);
    }

    private protected static HttpRequestMessage Request(string method, string path, string role = "ADMIN")
    {
        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestAccessTokens.Issue(1, role));
        return request;
    }
}
