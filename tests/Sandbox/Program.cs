using Hexagon.Sandbox.Hosting;

namespace Hexagon.Sandbox;

/// <summary>
/// The standalone sandbox: <c>dotnet run --project tests/Sandbox -- --urls http://127.0.0.1:8081</c>.
/// Settings come from ordinary ASP.NET configuration under "Sandbox" (see docs/SANDBOX.md).
/// Named, not top-level, so it never clashes with the service's Program in a test process loading both.
/// </summary>
internal static class Program
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls(SandboxSettings.DefaultUrl);
        // A line per request drowns what matters in a terminal next to the service; Logging:LogLevel:* overrides.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var settings = builder.Configuration.GetSection(SandboxSettings.SectionName).Get<SandboxSettings>()
            ?? new SandboxSettings();
        var app = SandboxApplication.Build(builder, settings, TimeProvider.System);
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("Toss sandbox on {Urls}, secret key {SecretKey}, webhooks to {WebhookUrl}",
                string.Join(", ", app.Urls), settings.Toss.SecretKey, settings.Toss.WebhookUrl ?? "(none)"));
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation(
                "FCM sandbox: project {ProjectId}, service account {ClientEmail} ({KeySource}); Slack webhook at /sandbox/v1/slack/webhook",
                settings.Fcm.ProjectId, settings.Fcm.ClientEmail,
                string.IsNullOrWhiteSpace(settings.Fcm.PublicKeyPem) ? "generated, GET /sandbox/v1/fcm/service-account" : "configured public key"));
        await app.RunAsync();
    }
}
