using System.Collections.Specialized;
using System.Globalization;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// The StdSchedulerFactory properties of the job host: a clustered ADO.NET job store on MySQL, so that however many
/// instances run, each trigger firing runs on exactly one of them.
/// </summary>
public static class QuartzSchedulerProperties
{
    /// <summary>Every instance of the service must use the same name: the cluster is "all schedulers of this name".</summary>
    public const string SchedulerName = "hexagon";

    public const string TablePrefix = "QRTZ_";

    public static NameValueCollection Build(JobsOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var serializer = typeof(JsonStringMapSerializer);

        // Quartz keeps data sources in a process-wide registry keyed by this name. A fixed name ("default") would let
        // a second scheduler in the same process (integration tests) replace the first one's connection string.
        var dataSource = "hexagon_" + Guid.NewGuid().ToString("N");
        return new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = SchedulerName,
            ["quartz.scheduler.instanceId"] = options.InstanceId,
            ["quartz.scheduler.idleWaitTime"] = Invariant(options.IdleWaitMs),
            // On shutdown, running jobs see their cancellation token fire, and the host still waits for them to end.
            ["quartz.scheduler.interruptJobsOnShutdownWithWait"] = "true",
            ["quartz.threadPool.threadCount"] = Invariant(options.ThreadCount),
            ["quartz.jobStore.type"] = "Quartz.Impl.AdoJobStore.JobStoreTX, Quartz",
            ["quartz.jobStore.driverDelegateType"] = "Quartz.Impl.AdoJobStore.MySQLDelegate, Quartz",
            ["quartz.jobStore.dataSource"] = dataSource,
            ["quartz.jobStore.tablePrefix"] = TablePrefix,
            ["quartz.jobStore.clustered"] = "true",
            ["quartz.jobStore.clusterCheckinInterval"] = Invariant(options.ClusterCheckinIntervalMs),
            // Job data holds strings only: nothing .NET-specific is stored, and any instance version can read it.
            ["quartz.jobStore.useProperties"] = "true",
            // Fail at start, not at the first firing, when migration 0002 has not created the tables.
            ["quartz.jobStore.performSchemaValidation"] = "true",
            // "MySql" is Quartz's name for Oracle's MySql.Data driver, loaded by type name from the output folder.
            [$"quartz.dataSource.{dataSource}.provider"] = "MySql",
            [$"quartz.dataSource.{dataSource}.connectionString"] = connectionString,
            ["quartz.serializer.type"] = $"{serializer.FullName}, {serializer.Assembly.GetName().Name}",
        };
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
