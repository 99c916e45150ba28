using Hexagon.Sandbox.Faults;
using Hexagon.Sandbox.Fcm;
using Hexagon.Sandbox.Fcm.Api;
using Hexagon.Sandbox.Slack;
using Hexagon.Sandbox.Toss;
using Hexagon.Sandbox.Toss.Api;
using Hexagon.Sandbox.Toss.Idempotency;
using Hexagon.Sandbox.Toss.Operations;
using Hexagon.Sandbox.Toss.Payments;
using Hexagon.Sandbox.Toss.Webhooks;

namespace Hexagon.Sandbox.Hosting;

/// <summary>
/// The composition of a sandbox, shared by the standalone program and <see cref="SandboxServer"/>: every object
/// built explicitly here, one instance per sandbox (state lives in these singletons and dies with the host).
/// </summary>
internal static class SandboxApplication
{
    public static WebApplication Build(WebApplicationBuilder builder, SandboxSettings settings, TimeProvider clock)
    {
        var toss = settings.Toss;
        var services = builder.Services;
        services.AddSingleton(clock);
        services.AddSingleton(new FaultBoard());
        services.AddSingleton(new IdempotencyStore());
        services.AddSingleton(new PaymentLedger());
        // Built by a factory so the container disposes it: that cancels pending webhook retries on stop.
        services.AddSingleton(_ => new WebhookDispatcher(toss, clock));
        services.AddSingleton(sp =>
        {
            var ledger = sp.GetRequiredService<PaymentLedger>();
            var webhooks = sp.GetRequiredService<WebhookDispatcher>();
            return new TossOperations(
                new AuthenticateOperation(ledger, clock),
                new ConfirmOperation(ledger, webhooks, toss, clock),
                new CancelOperation(ledger, webhooks, clock),
                new LookupOperation(ledger, webhooks, toss, clock));
        });
        services.AddSingleton(sp => new TossCallPipeline(toss, sp.GetRequiredService<IdempotencyStore>(),
            sp.GetRequiredService<FaultBoard>(), sp.GetRequiredService<IHostApplicationLifetime>()));
        services.AddSingleton(sp => new FaultInjector(sp.GetRequiredService<FaultBoard>(),
            sp.GetRequiredService<IHostApplicationLifetime>()));
        FcmSandbox.AddServices(services, settings.Fcm, clock);
        services.AddSingleton(new SlackInbox());

        var app = builder.Build();
        var operations = app.Services.GetRequiredService<TossOperations>();
        var webhookDispatcher = app.Services.GetRequiredService<WebhookDispatcher>();
        TossEndpoints.Map(app, app.Services.GetRequiredService<TossCallPipeline>(), operations);
        TossControlEndpoints.Map(app, operations, webhookDispatcher);
        var faults = app.Services.GetRequiredService<FaultInjector>();
        FcmSandbox.Map(app, settings.Fcm, faults, clock);
        SlackEndpoints.Map(app, app.Services.GetRequiredService<SlackInbox>(), faults, clock);
        FaultEndpoints.Map(app, app.Services.GetRequiredService<FaultBoard>(), new HashSet<string>(
            TossEndpoints.FaultOperations.Concat(FcmEndpoints.FaultOperations).Append(SlackEndpoints.FaultOperation),
            StringComparer.Ordinal));
        app.MapGet("/sandbox/v1/health", () => Results.Text("ok"));
        return app;
    }
}
