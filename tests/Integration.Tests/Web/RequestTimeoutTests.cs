using System.Diagnostics;
using System.Net;
using Dapper;
using Hexagon.Integration.Tests.Infrastructure;
using MySql.Data.MySqlClient;

namespace Hexagon.Integration.Tests.Web;

/// <summary>A request past its timeout is cancelled all the way down: the database stops running its query.</summary>
public sealed class RequestTimeoutTests
{
    [Test]
    public async Task A_request_over_its_timeout_answers_504_and_the_database_query_is_killed()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        var probes = new PipelineProbeEndpoints();
        await using var factory = new HexagonApiFactory().WithEndpoints(probes);
        using var client = factory.CreateClient();
        var stopwatch = Stopwatch.StartNew();

        using var response = await client.GetAsync(new Uri("/test/slow-query", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.GatewayTimeout, "9006");
        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "the answer must not wait for the 30 s query");
        Assert.That(await WaitUntilQueryGoneAsync(probes.SlowQueryMarker, TimeSpan.FromSeconds(10)), Is.True,
            "SELECT SLEEP(30) is still running on the server: the cancellation did not reach it");
    }

    private static async Task<bool> WaitUntilQueryGoneAsync(string marker, TimeSpan within)
    {
        await using var connection = new MySqlConnection(TestServers.MySqlServer);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            var running = await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE CONCAT('%', @marker, '%') AND INFO NOT LIKE '%PROCESSLIST%'",
                new { marker });
            if (running == 0)
            {
                return true;
            }

            await Task.Delay(200);
        }

        return false;
    }
}
