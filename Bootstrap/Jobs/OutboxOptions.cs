using System.ComponentModel.DataAnnotations;
using Hexagon.Application.Outbox.RelayOutbox;

namespace Hexagon.Bootstrap.Jobs;

/// <summary>The "Outbox" configuration section: how the relay job claims, retries and dead-letters (docs/OUTBOX.md).</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    /// <summary>False stops relaying cluster-wide: the job is not scheduled, and a trigger stored earlier runs as a no-op.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages claimed per transaction.</summary>
    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Deliveries of a transiently failing message before it is dead-lettered.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The back-off ceiling after the first failed attempt; it doubles per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The highest back-off, and the longest Retry-After honoured.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a claim keeps other relays away; handlers must finish within half of it.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the relay job fires: whole seconds that divide a minute (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Messages one job run claims at most before it leaves the rest to the next firing.</summary>
    [Range(1, 100_000)]
    public int MaxMessagesPerRun { get; set; } = 1000;

    public OutboxRelaySettings ToRelaySettings() => new OutboxRelaySettings(BatchSize, MaxAttempts, BaseDelay, MaxDelay, Lease).Validated();

    /// <summary>The Quartz cron of <see cref="PollInterval"/>: the scheduler only stores cron triggers (see ScheduledJob).</summary>
    public string PollCron() => PollInterval == TimeSpan.FromMinutes(1) ? "0 * * * * ?" : $"0/{(int)PollInterval.TotalSeconds} * * * * ?";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDelay < BaseDelay)
        {
            yield return new ValidationResult("MaxDelay must not be shorter than BaseDelay.", [nameof(MaxDelay)]);
        }

        var seconds = PollInterval.TotalSeconds;
        if (seconds < 1 || seconds > 60 || seconds != Math.Floor(seconds) || 60 % (int)seconds != 0)
        {
            yield return new ValidationResult($"PollInterval {PollInterval} must be whole seconds that divide a minute (a Quartz cron fires on them).", [nameof(PollInterval)]);
        }
    }
}
