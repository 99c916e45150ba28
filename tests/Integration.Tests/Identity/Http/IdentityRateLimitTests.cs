using System.Net;
using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Integration.Tests.Web;

namespace Hexagon.Integration.Tests.Identity.Http;

public sealed class IdentityRateLimitTests
{
    [Test]
    public async Task Login_attempts_are_limited_per_email_and_client()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:LoginPermitLimit"] = "3" });
        using var client = factory.CreateClient();
        var api = new IdentityApi(client);
        var email = IdentityApi.NewEmail();
        await api.NewUserAsync(email);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var wrong = await api.LogInAsync(email, "wrong-password-123");
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {attempt} is within the limit");
        }

        using var limited = await api.LogInAsync(email);
        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "0010");
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));

        using var otherEmail = await api.LogInAsync(IdentityApi.NewEmail());
        Assert.That(otherEmail.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "another email has its own budget");
    }

    [Test]
    public async Task Sign_ups_are_limited_per_client()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:SignUpPermitLimit"] = "2" });
        using var client = factory.CreateClient();
        var api = new IdentityApi(client);
        await api.NewUserAsync();
        await api.NewUserAsync();

        using var limited = await api.SignUpAsync(IdentityApi.NewEmail());

        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "9005");
    }

    [Test]
    public async Task Refreshes_are_limited_per_client()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        await using var factory = new HexagonApiFactory(new Dictionary<string, string?> { ["RateLimits:RefreshPermitLimit"] = "2" });
        using var client = factory.CreateClient();
        var api = new IdentityApi(client);
        var tokens = await api.NewUserAsync();

        for (var refresh = 1; refresh <= 2; refresh++)
        {
            using var allowed = await api.RefreshAsync(tokens.RefreshToken);
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"refresh {refresh} is within the limit");
            tokens = await IdentityApi.Tokens.ReadAsync(allowed);
        }

        using var limited = await api.RefreshAsync(tokens.RefreshToken);

        await ProblemAssert.IsProblemAsync(limited, HttpStatusCode.TooManyRequests, "9005");
    }
}
