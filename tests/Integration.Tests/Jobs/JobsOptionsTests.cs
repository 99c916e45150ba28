using System.ComponentModel.DataAnnotations;
using Hexagon.Bootstrap.Jobs;

namespace Hexagon.Integration.Tests.Jobs;

/// <summary>A bad "Jobs" section stops the service at start (ValidateOnStart), naming the setting, instead of at 04:00.</summary>
public sealed class JobsOptionsTests
{
    [Test]
    public void The_defaults_are_valid()
    {
        Assert.That(Validate(new JobsOptions()), Is.Empty);
    }

    [Test]
    public void The_default_cleanup_runs_daily_at_four_in_the_morning_in_seoul()
    {
        var trigger = CleanupJobRunsJob.Schedule(new JobsOptions()).Trigger;
        var now = DateTimeOffset.UtcNow;

        var next = trigger.GetFireTimeAfter(now)!.Value;
        var following = trigger.GetFireTimeAfter(next)!.Value;

        var inSeoul = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul"));
        Assert.That(inSeoul.TimeOfDay, Is.EqualTo(TimeSpan.FromHours(4)));
        Assert.That(inSeoul.Offset, Is.EqualTo(TimeSpan.FromHours(9)));
        Assert.That(next - now, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromDays(1)));
        Assert.That(following - next, Is.EqualTo(TimeSpan.FromDays(1)));
    }

    [TestCase(nameof(JobsOptions.CleanupCron), "every day at four")]
    [TestCase(nameof(JobsOptions.CleanupCron), "0 4 * * *")]
    [TestCase(nameof(JobsOptions.TimeZone), "Mars/Olympus_Mons")]
    [TestCase(nameof(JobsOptions.InstanceId), "")]
    public void A_setting_that_cannot_work_is_reported_by_name(string setting, string value)
    {
        var options = new JobsOptions();
        typeof(JobsOptions).GetProperty(setting)!.SetValue(options, value);

        Assert.That(Validate(options).SelectMany(result => result.MemberNames), Does.Contain(setting));
    }

    [TestCase(nameof(JobsOptions.JobRunRetentionDays), 0)]
    [TestCase(nameof(JobsOptions.ThreadCount), 0)]
    [TestCase(nameof(JobsOptions.ClusterCheckinIntervalMs), 100)]
    [TestCase(nameof(JobsOptions.IdleWaitMs), 10)]
    public void A_number_out_of_range_is_reported_by_name(string setting, int value)
    {
        var options = new JobsOptions();
        typeof(JobsOptions).GetProperty(setting)!.SetValue(options, value);

        Assert.That(Validate(options).SelectMany(result => result.MemberNames), Does.Contain(setting));
    }

    // What ValidateDataAnnotations() runs: attributes first, then IValidatableObject when they pass.
    private static List<ValidationResult> Validate(JobsOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
