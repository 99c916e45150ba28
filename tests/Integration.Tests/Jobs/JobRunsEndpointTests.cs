using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Hexagon.Adapters.Persistence.Jobs;
using Hexagon.Application.Jobs.Ports;
using Hexagon.Integration.Tests.Identity.Web;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>GET /admin/v1/jobs/runs through the real pipeline, the real use case and the MySQL run log.</summary>
public sealed class JobRunsEndpointTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 10, 19, 0, 0, TimeSpan.Zero);

    private ThrowawayDatabase _jobs = null!;
    private MySqlJobRunLog _log = null!;
    private HexagonApiFactory _api = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        _jobs = await ThrowawayDatabase.CreateMigratedAsync("jobsapi");
        _log = new MySqlJobRunLog(_jobs.ConnectionFactory());
        // The whole service runs on this fixture's database, so the runs written here are the ones the API reads.
        _api = new HexagonApiFactory(TestAccessTokens.Settings, database: _jobs.Name);
        _client = _api.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        // Null-safe: a set-up that failed half-way must still drop the database it created.
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_jobs is not null)
        {
            await _jobs.DisposeAsync();
        }
    }

    [Test]
    public async Task Without_an_access_token_the_runs_are_not_shown()
    {
        using var response = await _client.GetAsync(new Uri("/admin/v1/jobs/runs", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }

    [Test]
    public async Task An_admin_pages_through_the_runs_newest_first()
    {
        var succeeded = await _log.StartAsync("api-succeeded", "node-a", Start, CancellationToken.None);
        await _log.FinishAsync(succeeded, JobRunOutcome.Succeeded, 12, null, Start.AddSeconds(1), CancellationToken.None);
        var failed = await _log.StartAsync("api-failed", "node-b", Start.AddMinutes(1), CancellationToken.None);
        await _log.FinishAsync(failed, JobRunOutcome.Failed, 0, "InvalidOperationException: boom", Start.AddMinutes(1).AddSeconds(1), CancellationToken.None);
        var running = await _log.StartAsync("api-running", "node-a", Start.AddMinutes(2), CancellationToken.None);

        using var first = await GetAsAdminAsync($"/admin/v1/jobs/runs?beforeId={running + 1}&take=2");
        using var last = await GetAsAdminAsync($"/admin/v1/jobs/runs?beforeId={first.RootElement.GetProperty("meta").GetProperty("nextCursor").GetInt64()}&take=2");

        var firstRuns = first.RootElement.GetProperty("data");
        Assert.That(firstRuns.EnumerateArray().Select(run => run.GetProperty("id").GetInt64()), Is.EqualTo(new[] { running, failed }));
        Assert.That(first.RootElement.GetProperty("meta").ToString(), Is.EqualTo($$"""{"take":2,"hasNext":true,"nextCursor":{{failed}}}"""));
        Assert.That(firstRuns[0].ToString(), Is.EqualTo(
            $$"""{"id":{{running}},"jobName":"api-running","instanceId":"node-a","startedAt":"2025-03-10T19:02:00+00:00","finishedAt":null,"outcome":null,"itemsProcessed":0,"errorMessage":null}"""),
            "a running run shows its empty fields as null");
        Assert.That(firstRuns[1].GetProperty("outcome").GetString(), Is.EqualTo("FAILED"));
        Assert.That(firstRuns[1].GetProperty("errorMessage").GetString(), Is.EqualTo("InvalidOperationException: boom"));
        Assert.That(last.RootElement.GetProperty("data")[0].GetProperty("outcome").GetString(), Is.EqualTo("SUCCEEDED"));
        Assert.That(last.RootElement.GetProperty("data")[0].GetProperty("itemsProcessed").GetInt32(), Is.EqualTo(12));
        Assert.That(last.RootElement.GetProperty("meta").ToString(), Is.EqualTo("""{"take":2,"hasNext":false,"nextCursor":null}"""));
    }

    [Test]
    public async Task Operator_basic_credentials_no_longer_open_the_admin_routes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin/v1/jobs/runs", UriKind.Relative));
        request.Headers.Authorization = ErrorContractTests.Basic(HexagonApiFactory.OperatorUser, HexagonApiFactory.OperatorPassword);

        using var response = await _client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized, "0007");
    }

    [TestCase("take=abc", "take")]
    [TestCase("take=0", "take")]
    [TestCase("take=101", "take")]
    [TestCase("beforeId=x1", "beforeId")]
    [TestCase("beforeId=0", "beforeId")]
    public async Task A_bad_query_value_is_a_validation_problem_naming_the_field(string query, string field)
    {
        using var request = AdminRequest("/admin/v1/jobs/runs?" + query);
        using var response = await _client.SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1111");
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(error => error.Name), Is.EqualTo(new[] { field }));
    }

    private async Task<JsonDocument> GetAsAdminAsync(string path)
    {
        using var request = AdminRequest(path);
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonDocument.Parse(body);
    }

    private static HttpRequestMessage AdminRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestAccessTokens.Issue(1, "ADMIN"));
        return request;
    }
}
