namespace Hexagon.Application.Jobs.RecordJobRun;

/// <summary>Which job runs, and on which scheduler instance of the cluster.</summary>
public sealed record RecordJobRunCommand(string JobName, string InstanceId);
