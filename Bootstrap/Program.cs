using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Bootstrap.CommandLine;
using Hexagon.Bootstrap.Composition;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseDefaultServiceProvider(options =>
{
    options.ValidateOnBuild = true;
    options.ValidateScopes = true;
});

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHexagonWeb(builder.Configuration);
builder.Services.AddHexagonPersistence(builder.Configuration);
builder.Services.AddHexagonIdentity(builder.Configuration);
builder.Services.AddHexagonCatalog(builder.Configuration);
builder.Services.AddHexagonPromotions(builder.Configuration);
builder.Services.AddHexagonCart(builder.Configuration);
builder.Services.AddHexagonExternalServices(builder.Configuration);
builder.Services.AddHexagonCheckout();
builder.Services.AddHexagonOrdering();
builder.Services.AddHexagonOutbox(builder.Configuration);
builder.Services.AddHexagonNotifications(builder.Configuration);
builder.Services.AddHexagonRankings(builder.Configuration);
builder.Services.AddHexagonJobs(builder.Configuration);

var app = builder.Build();

// Migrations run before anything serves or schedules: the job store's tables come from them too.
await app.Services.MigrateDatabaseAsync(app.Lifetime.ApplicationStopping);
if (args.Contains("--migrate-only"))
{
    return 0;
}

if (CreateAdminCommandLine.EmailFrom(args) is { } adminEmail)
{
    return await CreateAdminCommandLine.RunAsync(app.Services, adminEmail, Console.Out, app.Lifetime.ApplicationStopping);
}

if (SeedDemoCommandLine.CommandFrom(args) is { } seedDemo)
{
    return await SeedDemoCommandLine.RunAsync(app.Services, seedDemo, Console.Out, app.Lifetime.ApplicationStopping);
}

if (RebuildRankingsCommandLine.IsRequested(args))
{
    return await RebuildRankingsCommandLine.RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);
}

app.UseHexagonPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
