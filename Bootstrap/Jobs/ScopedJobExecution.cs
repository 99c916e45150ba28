using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>One execution of a job: opens a DI scope, resolves the job type in it, runs it, and closes the scope.</summary>
internal sealed class ScopedJobExecution(IServiceScopeFactory scopeFactory, Type jobType) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var job = (IJob)scope.ServiceProvider.GetRequiredService(jobType);
            await job.Execute(context).ConfigureAwait(false);
        }
    }
}
