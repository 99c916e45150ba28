using System.Text.Json.Serialization;
using Hexagon.Application.Jobs.Ports;

namespace Hexagon.Adapters.Web.Admin;

/// <summary>
/// One job run as the admin API shows it. The nullable fields are always written, null included: a null outcome is
/// how a client tells a run that is still going, so it must not vanish from the body.
/// </summary>
public sealed record JobRunResponse(
    long Id,
    string JobName,
    string InstanceId,
    DateTimeOffset StartedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] DateTimeOffset? FinishedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Outcome,
    int ItemsProcessed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ErrorMessage)
{
    public static JobRunResponse From(JobRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new JobRunResponse(
            run.Id,
            run.JobName,
            run.InstanceId,
            run.StartedAt,
            run.FinishedAt,
            run.Outcome switch
            {
                JobRunOutcome.Succeeded => "SUCCEEDED",
                JobRunOutcome.Failed => "FAILED",
                _ => null,
            },
            run.ItemsProcessed,
            run.ErrorMessage);
    }
}
