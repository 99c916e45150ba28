namespace Hexagon.Integration.Tests.Jobs;

/// <summary>One execution of a test job: which trigger fired it, where it ran, and whether it was a failover recovery.</summary>
internal sealed record Execution(
    string JobName,
    string TriggerName,
    string InstanceId,
    DateTimeOffset? ScheduledFireTime,
    string? Purpose,
    bool Recovering);
