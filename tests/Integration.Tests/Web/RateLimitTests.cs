using System.Net;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Web;

public sealed class RateLimitTests
{
    [Test]
    public async Task Requests_over_the_per_client_limit_answer_429_9005_with_retry_after()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory(new Dictionary<string, string?>
        {
            ["RateLimits:PermitLimit"] = "3",
            ["RateLimits:WindowSeconds"] = "60",
        });
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync(new Uri("/api/v1/anything", UriKind.Relative));
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"request {i + 1} is within the limit");
        }

        using var limited = await client.GetAsync(new Uri("/api/v1/anything", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "9005");
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK), "health probes are never rate limited");
    }
}
