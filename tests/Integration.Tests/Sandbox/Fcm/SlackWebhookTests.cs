using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hexagon.Sandbox;

namespace Hexagon.Integration.Tests.Sandbox.Fcm;

public sealed class SlackWebhookTests
{
    private SandboxServer _server = null!;
    private HttpClient _http = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await SandboxServer.StartAsync(new SandboxSettings());
        _http = new HttpClient { BaseAddress = _server.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [SetUp]
    public async Task Clear()
    {
        (await _http.DeleteAsync(new Uri("sandbox/v1/slack/messages", UriKind.Relative))).Dispose();
        (await _http.DeleteAsync(new Uri("sandbox/v1/faults", UriKind.Relative))).Dispose();
    }

    private async Task<JsonElement[]> MessagesAsync()
    {
        using var document = JsonDocument.Parse(await _http.GetStringAsync(new Uri("sandbox/v1/slack/messages", UriKind.Relative)));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Test]
    public async Task A_post_answers_ok_and_is_listed_with_its_whole_payload_in_order()
    {
        using var first = await _http.PostAsJsonAsync("sandbox/v1/slack/webhook",
            new { text = ":rotating_light: 환불 실패 order 42", username = "hexagon" });
        using var second = await _http.PostAsync(new Uri("sandbox/v1/slack/webhook", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["payload"] = """{"text":"second"}""" }));

        var messages = await MessagesAsync();

        Assert.That((first.StatusCode, await first.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.OK, "ok")));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(messages.Select(m => m.GetProperty("text").GetString()),
            Is.EqualTo(new[] { ":rotating_light: 환불 실패 order 42", "second" }));
        Assert.That(messages[0].GetProperty("payload").GetProperty("username").GetString(), Is.EqualTo("hexagon"));
        Assert.That(messages[0].GetProperty("receivedAt").GetString(), Is.Not.Empty);
    }

    [Test]
    public async Task Clearing_empties_the_list()
    {
        (await _http.PostAsJsonAsync("sandbox/v1/slack/webhook", new { text = "x" })).Dispose();

        (await _http.DeleteAsync(new Uri("sandbox/v1/slack/messages", UriKind.Relative))).Dispose();

        Assert.That(await MessagesAsync(), Is.Empty);
    }

    [Test]
    public async Task No_text_or_no_JSON_is_refused_like_Slack()
    {
        using var noText = await _http.PostAsJsonAsync("sandbox/v1/slack/webhook", new { username = "hexagon" });
        using var notJson = await _http.PostAsync(new Uri("sandbox/v1/slack/webhook", UriKind.Relative),
            new StringContent("hello", System.Text.Encoding.UTF8, "application/json"));

        Assert.That((noText.StatusCode, await noText.Content.ReadAsStringAsync()), Is.EqualTo((HttpStatusCode.BadRequest, "no_text")));
        Assert.That((notJson.StatusCode, await notJson.Content.ReadAsStringAsync()),
            Is.EqualTo((HttpStatusCode.BadRequest, "invalid_payload")));
        Assert.That(await MessagesAsync(), Is.Empty);
    }

    [Test]
    public async Task A_rate_limited_fault_answers_429_with_Retry_After_and_keeps_nothing()
    {
        (await _http.PostAsJsonAsync("sandbox/v1/faults", new { operation = "slack-webhook", code = "rate_limited", retryAfterSeconds = 30 })).Dispose();

        using var limited = await _http.PostAsJsonAsync("sandbox/v1/slack/webhook", new { text = "alert" });

        Assert.That((limited.StatusCode, await limited.Content.ReadAsStringAsync()),
            Is.EqualTo((HttpStatusCode.TooManyRequests, "rate_limited")));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(await MessagesAsync(), Is.Empty);
    }
}
