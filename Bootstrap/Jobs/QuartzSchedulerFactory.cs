using System.Collections.Specialized;
using Quartz;
using Quartz.Impl;
using Quartz.Spi;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// Creates a scheduler that belongs to its caller alone. StdSchedulerFactory keeps a process-wide registry keyed by
/// scheduler name and hands back an existing scheduler of the same name; since every instance of a cluster shares
/// one name, a second host in the same process (integration tests host the service many times) would silently get
/// the first one, wired to the first host's container. Taking each new scheduler out of the registry prevents that.
/// </summary>
public static class QuartzSchedulerFactory
{
    private static readonly SemaphoreSlim RegistryGate = new(1, 1);

    public static async Task<IScheduler> CreateAsync(NameValueCollection properties, IJobFactory jobFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobFactory);
        IScheduler scheduler;
        await RegistryGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            scheduler = await new StdSchedulerFactory(properties).GetScheduler(cancellationToken).ConfigureAwait(false);
            SchedulerRepository.Instance.Remove(scheduler.SchedulerName, scheduler.SchedulerInstanceId);
        }
        finally
        {
            RegistryGate.Release();
        }

        scheduler.JobFactory = jobFactory;
        return scheduler;
    }
}
