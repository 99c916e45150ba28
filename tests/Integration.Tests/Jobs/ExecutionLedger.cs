using System.Collections.Concurrent;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>Every execution of a test job, whichever scheduler instance ran it; shared by both instances of the cluster test.</summary>
internal sealed class ExecutionLedger
{
    private readonly ConcurrentQueue<Execution> _executions = new();

    public IReadOnlyList<Execution> Executions => _executions.ToArray();

    public void Record(Execution execution) => _executions.Enqueue(execution);
}
