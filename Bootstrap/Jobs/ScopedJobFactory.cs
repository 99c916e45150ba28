using Quartz;
using Quartz.Spi;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>
/// Builds each job execution from the container, in a scope of its own: a job gets a fresh unit of work and fresh
/// repositories, like an HTTP request does, and they are disposed when the execution ends.
/// </summary>
public sealed class ScopedJobFactory(IServiceScopeFactory scopeFactory) : IJobFactory
{
    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return new ScopedJobExecution(scopeFactory, bundle.JobDetail.JobType);
    }

    public void ReturnJob(IJob job)
    {
        // Nothing to return: each ScopedJobExecution disposes its own scope when it ends.
    }
}
