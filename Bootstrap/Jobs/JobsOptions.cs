using System.ComponentModel.DataAnnotations;
using Quartz;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>The "Jobs" configuration section: the clustered Quartz scheduler and the jobs it runs.</summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string Section = "Jobs";

    /// <summary>False runs the instance without a scheduler (it still serves HTTP); the rest of the cluster runs the jobs.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The name of this instance in the cluster; "AUTO" makes one from the host name and the start time.</summary>
    [Required]
    [MaxLength(200)]
    public string InstanceId { get; set; } = "AUTO";

    /// <summary>How often this instance tells the cluster it is alive; a silent instance's jobs are recovered by others.</summary>
    [Range(1000, 300_000)]
    public int ClusterCheckinIntervalMs { get; set; } = 7500;

    /// <summary>How long an idle instance waits before looking for triggers another instance scheduled.</summary>
    [Range(1000, 300_000)]
    public int IdleWaitMs { get; set; } = 30_000;

    /// <summary>Jobs that may run at the same time on this instance.</summary>
    [Range(1, 32)]
    public int ThreadCount { get; set; } = 4;

    /// <summary>Quartz cron (seconds first) of the job run cleanup, in <see cref="TimeZone"/>.</summary>
    [Required]
    public string CleanupCron { get; set; } = "0 0 4 * * ?";

    /// <summary>IANA time zone the cron expressions are read in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Seoul";

    /// <summary>Job runs that started longer ago than this are deleted by the cleanup job.</summary>
    [Range(1, 3650)]
    public int JobRunRetentionDays { get; set; } = 30;

    /// <summary>Quartz cron of the refresh-session purge, in <see cref="TimeZone"/>.</summary>
    [Required]
    public string RefreshSessionPurgeCron { get; set; } = "0 30 4 * * ?";

    /// <summary>Refresh sessions expired or revoked longer ago than this are deleted by the purge job.</summary>
    [Range(1, 365)]
    public int RefreshSessionRetentionDays { get; set; } = 7;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, cron) in new[] { (nameof(CleanupCron), CleanupCron), (nameof(RefreshSessionPurgeCron), RefreshSessionPurgeCron) })
        {
            if (!CronExpression.IsValidExpression(cron))
            {
                yield return new ValidationResult($"'{cron}' is not a Quartz cron expression (seconds minutes hours day month weekday).", [name]);
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"'{TimeZone}' is not a time zone this machine knows.", [nameof(TimeZone)]);
        }
    }
}
