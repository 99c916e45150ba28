using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Jobs;
using Hexagon.Adapters.Web.Admin;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Identity.PurgeRefreshSessions;
using Hexagon.Application.Jobs.CleanupJobRuns;
using Hexagon.Application.Jobs.ListJobRuns;
using Hexagon.Application.Jobs.Ports;
using Hexagon.Application.Jobs.RecordJobRun;
using Hexagon.Bootstrap.Jobs;
using Microsoft.Extensions.Options;

namespace Hexagon.Bootstrap.Composition;

/// <summary>Builds the Quartz job host (clustered ADO.NET store on MySQL) and the jobs it runs.</summary>
public static class JobsRegistration
{
    public static IServiceCollection AddHexagonJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<JobsOptions>(configuration, JobsOptions.Section);

        // Use cases and the port they drive. The run log takes its own connections from the factory, not the scope's
        // DbSession: run records commit outside any unit of work.
        services.AddScoped<IJobRunLog>(sp => new MySqlJobRunLog(sp.GetRequiredService<IDbConnectionFactory>()));
        services.AddScoped<IRecordJobRun>(sp => new RecordJobRunService(
            sp.GetRequiredService<IJobRunLog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ICleanupJobRuns>(sp => new CleanupJobRunsService(
            sp.GetRequiredService<IJobRunLog>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IListJobRuns>(sp => new ListJobRunsService(sp.GetRequiredService<IJobRunLog>()));

        // GET /admin/v1/jobs/runs, mapped by the web pipeline with the other endpoint modules.
        services.AddSingleton<IEndpointModule>(_ => new JobRunsEndpointModule());

        // Jobs: resolved by ScopedJobFactory in a scope of their own per execution.
        services.AddScoped(sp => new PurgeRefreshSessionsJob(
            sp.GetRequiredService<IRecordJobRun>(),
            sp.GetRequiredService<IPurgeRefreshSessions>(),
            sp.GetRequiredService<IOptions<JobsOptions>>()));
        services.AddScoped(sp => new CleanupJobRunsJob(
            sp.GetRequiredService<IRecordJobRun>(),
            sp.GetRequiredService<ICleanupJobRuns>(),
            sp.GetRequiredService<IOptions<JobsOptions>>()));

        // The scheduler: started inside app.RunAsync(), after Program.cs has applied the migrations.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<JobsOptions>>();
            return new QuartzSchedulerHost(
                sp.GetRequiredService<IServiceScopeFactory>(),
                options,
                // Quartz opens its own MySql.Data connections (provider "MySql") from the same database.
                MySqlConnectionFactory.ForLibrariesOpeningTheirOwnConnections(
                    sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString),
                [CleanupJobRunsJob.Schedule(options.Value), PurgeRefreshSessionsJob.Schedule(options.Value),
                    .. OutboxRelayJob.Schedule(sp.GetRequiredService<IOptions<OutboxOptions>>().Value, options.Value)],
                sp.GetRequiredService<ILoggerFactory>());
        });
        services.AddHostedService(sp => sp.GetRequiredService<QuartzSchedulerHost>());
        return services;
    }
}
