using Hexagon.Sandbox.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hexagon.Sandbox;

/// <summary>
/// A sandbox started inside a test process: real Kestrel on 127.0.0.1 and a free port, so clients under test
/// speak real HTTP (timeouts, aborted connections and all) rather than an in-memory TestServer.
/// Each instance has its own state; dispose it to stop the server and its pending webhook retries.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>e.g. http://127.0.0.1:41234/ — the Toss base URL for the client under test.</summary>
    public Uri BaseUrl { get; }

    public static Task<SandboxServer> StartAsync(SandboxSettings settings) => StartAsync(settings, TimeProvider.System);

    public static async Task<SandboxServer> StartAsync(SandboxSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        // The test's own appsettings.json (Bootstrap's, copied next to the tests) must not configure the sandbox.
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = SandboxApplication.Build(builder, settings, clock);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new SandboxServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
