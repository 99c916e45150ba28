using Hexagon.Integration.Tests.Infrastructure;
using Hexagon.Adapters.Persistence.Jobs;
using Hexagon.Application.Jobs.CleanupJobRuns;
using Hexagon.Application.Jobs.Ports;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Bootstrap.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>
/// One instance of the service's job host, as a running service builds it (QuartzSchedulerHost, ScopedJobFactory,
/// the recording base class, the MySQL run log), with its own container and an instance id of its choosing.
/// </summary>
internal sealed class SchedulerNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SchedulerNode(string instanceId, ThrowawayDatabase database, ExecutionLedger ledger)
    {
        Options = new JobsOptions
        {
            InstanceId = instanceId,
            ThreadCount = 2,
            // Short waits so both instances poll the store often enough to compete for the same triggers.
            IdleWaitMs = 1000,
            ClusterCheckinIntervalMs = 1000,
        };
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(ledger);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddScoped<IJobRunLog>(_ => new MySqlJobRunLog(database.ConnectionFactory()));
        services.AddScoped<IRecordJobRun>(sp => new RecordJobRunService(sp.GetRequiredService<IJobRunLog>(), TimeProvider.System));
        services.AddScoped<ICleanupJobRuns>(sp => new CleanupJobRunsService(sp.GetRequiredService<IJobRunLog>(), TimeProvider.System));
        services.AddScoped(sp => new CleanupJobRunsJob(
            sp.GetRequiredService<IRecordJobRun>(), sp.GetRequiredService<ICleanupJobRuns>(), sp.GetRequiredService<IOptions<JobsOptions>>()));
        services.AddScoped(sp => new CountingJob(sp.GetRequiredService<IRecordJobRun>(), ledger));
        services.AddScoped(sp => new FailingJob(sp.GetRequiredService<IRecordJobRun>()));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Host = new QuartzSchedulerHost(
            _services.GetRequiredService<IServiceScopeFactory>(),
            _services.GetRequiredService<IOptions<JobsOptions>>(),
            database.ConnectionString,
            [CleanupJobRunsJob.Schedule(Options)],
            NullLoggerFactory.Instance);
    }

    public JobsOptions Options { get; }

    public QuartzSchedulerHost Host { get; }

    public IScheduler Scheduler => Host.Scheduler ?? throw new InvalidOperationException("The node has not started.");

    public Task StartAsync() => Host.StartAsync(CancellationToken.None);

    /// <summary>
    /// Stops scheduling and checking in without waiting for or cancelling running jobs, and without telling the
    /// cluster: to the other instances this looks like a server that died.
    /// </summary>
    public Task CrashAsync() => Scheduler.Shutdown(waitForJobsToComplete: false);

    public async ValueTask DisposeAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(patience.Token);
        await _services.DisposeAsync();
    }
}
