using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Web;

/// <summary>Every error the pipeline produces answers RFC 9457 problem details with our code, through a real Kestrel.</summary>
public sealed class ErrorContractTests
{
    private HexagonApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartService()
    {
        await TestDatabase.CreateAsync(TestServers.Database);
        _factory = new HexagonApiFactory(new Dictionary<string, string?> { ["Http:MaxRequestBodyBytes"] = "2048" })
            .WithEndpoints(new PipelineProbeEndpoints());
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public async Task StopService()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Test]
    public async Task Unknown_route_answers_404_9001()
    {
        using var response = await _client.GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "9001");
        Assert.That(problem.GetProperty("instance").GetString(), Is.EqualTo("/api/v1/nothing-here"));
    }

    [Test]
    public async Task Wrong_method_answers_405_9002()
    {
        using var response = await _client.PostAsync(new Uri("/health/live", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.MethodNotAllowed, "9002");
    }

    [Test]
    public async Task Oversized_body_answers_413_9003()
    {
        var big = JsonSerializer.Serialize(new { name = new string('가', 5_000) });
        using var content = new StringContent(big, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "9003");
    }

    [Test]
    public async Task Wrong_content_type_answers_415_9004()
    {
        using var content = new StringContent("name=x", Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "9004");
    }

    [Test]
    public async Task Unreadable_json_answers_400_1112()
    {
        using var content = new StringContent("{\"name\": ", Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/test/echo", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "1112");
    }

    [Test]
    public async Task A_valid_request_still_succeeds()
    {
        using var response = await _client.PostAsJsonAsync(new Uri("/test/echo", UriKind.Relative), new { name = "아메리카노" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("아메리카노"));
    }

    [Test]
    public async Task Unhandled_exception_answers_500_9999_without_internals()
    {
        using var response = await _client.GetAsync(new Uri("/test/throw", UriKind.Relative));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError, "9999");
        Assert.That(problem.GetRawText(), Does.Not.Contain("hunter2").And.Not.Contain("InvalidOperationException").And.Not.Contain("10.1.2.3"));
    }

    [Test]
    public async Task Incoming_traceparent_is_honoured_and_returned()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/nothing-here", UriKind.Relative));
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        using var response = await _client.SendAsync(request);

        Assert.That(response.Headers.GetValues("X-Trace-Id").Single(), Is.EqualTo(traceId));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "9001");
        Assert.That(problem.GetProperty("traceId").GetString(), Is.EqualTo(traceId));
    }

    [Test]
    public async Task Security_headers_are_on_every_response()
    {
        using var response = await _client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.That(response.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        Assert.That(response.Headers.GetValues("X-Frame-Options").Single(), Is.EqualTo("DENY"));
        Assert.That(response.Headers.Contains("Server"), Is.False, "the server header tells attackers what we run");
    }

    [Test]
    public async Task Docs_need_operator_credentials_outside_development()
    {
        using var anonymous = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(anonymous, HttpStatusCode.Unauthorized, "0007");
        Assert.That(anonymous.Headers.WwwAuthenticate.Single().Scheme, Is.EqualTo("Basic"));

        using var wrong = new HttpRequestMessage(HttpMethod.Get, new Uri("/docs/index.html", UriKind.Relative));
        wrong.Headers.Authorization = Basic(HexagonApiFactory.OperatorUser, "not-the-password");
        using var wrongResponse = await _client.SendAsync(wrong);
        Assert.That(wrongResponse.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        using var right = new HttpRequestMessage(HttpMethod.Get, new Uri("/openapi/v1.json", UriKind.Relative));
        right.Headers.Authorization = Basic(HexagonApiFactory.OperatorUser, HexagonApiFactory.OperatorPassword);
        using var rightResponse = await _client.SendAsync(right);
        Assert.That(rightResponse.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await rightResponse.Content.ReadAsStringAsync(), Does.Contain("\"openapi\""));
    }

    internal static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
