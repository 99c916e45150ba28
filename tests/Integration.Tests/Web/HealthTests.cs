using System.Net;
using System.Text.Json;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Web;

public sealed class HealthTests
{
    [Test]
    public async Task Ready_follows_redis_going_down_and_coming_back()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        using var redis = new RedisServerProcess();
        redis.Start();
        await using var factory = new HexagonApiFactory(redis: redis.Configuration);
        using var client = factory.CreateClient();

        Assert.That(await WaitForReadinessAsync(client, HttpStatusCode.OK), Is.EqualTo("up"), "ready with MySQL and Redis up");

        redis.Stop();
        Assert.That(await WaitForReadinessAsync(client, HttpStatusCode.ServiceUnavailable), Is.EqualTo("down"), "unready once Redis is gone");
        using (var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the process itself is still alive");
        }

        redis.Start();
        Assert.That(await WaitForReadinessAsync(client, HttpStatusCode.OK), Is.EqualTo("up"), "ready again when Redis returns");
    }

    /// <summary>Polls /health/ready until it answers <paramref name="expected"/> (bounded); returns the redis check then.</summary>
    private static async Task<string?> WaitForReadinessAsync(HttpClient client, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == expected || DateTime.UtcNow > deadline)
            {
                Assert.That(response.StatusCode, Is.EqualTo(expected), body);
                using var document = JsonDocument.Parse(body);
                Assert.That(document.RootElement.GetProperty("checks").GetProperty("mysql").GetString(), Is.EqualTo("up"), body);
                Assert.That(body, Does.Not.Contain("127.0.0.1"), "health output names no hosts");
                return document.RootElement.GetProperty("checks").GetProperty("redis").GetString();
            }

            await Task.Delay(250);
        }
    }
}
