using System.Net;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Rankings;

/// <summary>The ranking endpoint with a Redis of the test's own that it then stops: 503 with the rankings code.</summary>
public sealed class RankingRedisDownTests
{
    [Test]
    public async Task With_Redis_stopped_the_ranking_answers_503_6001()
    {
        await using var database = await ThrowawayDatabase.CreateMigratedAsync("hexagon_rankdown");
        using var redis = new RedisServerProcess();
        redis.Start();
        await using var factory = new HexagonApiFactory(database: database.Name, redis: redis.Configuration);
        using var client = factory.CreateClient();
        using (var before = await client.GetAsync(new Uri("/api/v1/rankings/stores?period=week", UriKind.Relative)))
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Redis up: an empty ranking");
        }

        redis.Stop();
        using var after = await client.GetAsync(new Uri("/api/v1/rankings/stores?period=week", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.ServiceUnavailable, "6001");
    }
}
