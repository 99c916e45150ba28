using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hexagon.Integration.Tests.Sandbox;

/// <summary>
/// A real HTTP endpoint on a free loopback port standing in for our webhook receiver. It answers the scripted
/// statuses in order (then 200) so a test can make the sandbox retry.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Queue<int> _answers;
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();

    private WebhookReceiver(WebApplication app, Queue<int> answers)
    {
        _app = app;
        _answers = answers;
        app.MapPost("/webhooks/toss", async (HttpContext context) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
            int status;
            lock (_answers) status = _answers.Count > 0 ? _answers.Dequeue() : 200;
            var headers = context.Request.Headers;
            await _received.Writer.WriteAsync(new ReceivedWebhook(
                headers["tosspayments-webhook-transmission-id"], headers["tosspayments-webhook-transmission-retried-count"],
                headers["tosspayments-webhook-transmission-time"], body, status));
            return Results.StatusCode(status);
        });
    }

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync(params int[] answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var receiver = new WebhookReceiver(builder.Build(), new Queue<int>(answers));
        await receiver._app.StartAsync();
        receiver.Url = receiver._app.Urls.First() + "/webhooks/toss";
        return receiver;
    }

    /// <summary>The next webhook received, waiting at most a few seconds (a missing webhook fails the test).</summary>
    public async Task<ReceivedWebhook> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            return await _received.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("no webhook arrived within 5 s");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
