using Hexagon.Application.Rankings.Calendar;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Tests.Rankings;

/// <summary>The period-key math: Korean days (UTC+9), ISO weeks around New Year, and how long each board is kept.</summary>
public sealed class RankingCalendarTests
{
    [TestCase("2026-11-22T14:59:59Z", "2026-11-22")]
    [TestCase("2026-11-22T15:00:00Z", "2026-11-23")]
    [TestCase("2026-11-21T15:00:00Z", "2026-11-22")]
    [TestCase("2026-11-22T23:59:59+09:00", "2026-11-22")]
    [TestCase("2026-11-23T00:00:00+09:00", "2026-11-23")]
    public void An_order_belongs_to_the_Korean_calendar_day_it_was_placed_on(string placedAt, string day)
    {
        var buckets = RankingCalendar.BucketsOf(DateTimeOffset.Parse(placedAt, System.Globalization.CultureInfo.InvariantCulture));

        Assert.That(buckets[0], Is.EqualTo(new RankingBucket(RankingPeriod.Day, day, buckets[0].ExpiresAt)));
    }

    [TestCase("2026-12-31T14:59:59Z", "2026-W53")] // Thursday 23:59 in Korea
    [TestCase("2026-12-31T15:00:00Z", "2026-W53")] // Friday 2027-01-01 in Korea: still 2026's last ISO week
    [TestCase("2027-01-03T14:59:59Z", "2026-W53")] // Sunday 2027-01-03 in Korea
    [TestCase("2027-01-03T15:00:00Z", "2027-W01")] // Monday 2027-01-04 in Korea
    [TestCase("2024-12-29T15:00:00Z", "2025-W01")] // Monday 2024-12-30 in Korea belongs to 2025
    [TestCase("2026-11-22T03:00:00Z", "2026-W47")]
    [TestCase("2026-11-22T15:00:00Z", "2026-W48")] // Sunday night UTC is Monday in Korea
    public void An_order_belongs_to_the_ISO_week_of_its_Korean_day(string placedAt, string week)
    {
        var bucket = RankingCalendar.BucketsOf(DateTimeOffset.Parse(placedAt, System.Globalization.CultureInfo.InvariantCulture))[1];

        Assert.That((bucket.Period, bucket.Label), Is.EqualTo((RankingPeriod.Week, week)));
    }

    [Test]
    public void A_day_is_kept_two_days_past_its_Korean_end_and_a_week_two_weeks()
    {
        var buckets = RankingCalendar.BucketsOf(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

        // 2026-11-22 ends at 2026-11-22T15:00Z; week 47 (Mon 16th – Sun 22nd) ends at the same instant.
        Assert.That(buckets[0].ExpiresAt, Is.EqualTo(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero)));
        Assert.That(buckets[1].ExpiresAt, Is.EqualTo(new DateTimeOffset(2026, 12, 6, 15, 0, 0, TimeSpan.Zero)));
        Assert.That(buckets[2], Is.EqualTo(RankingCalendar.AllTime));
        Assert.That(buckets[2].ExpiresAt, Is.Null, "all-time is kept forever");
    }

    [Test]
    public void The_live_boards_are_the_last_three_days_and_weeks_and_all_time()
    {
        var labels = RankingCalendar.LiveBuckets(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero)).Select(bucket => bucket.Label);

        Assert.That(labels, Is.EqualTo(new[] { "2026-11-22", "2026-11-21", "2026-11-20", "2026-W47", "2026-W46", "2026-W45", "all" }));
    }

    [Test]
    public void A_board_stops_being_live_exactly_at_its_expiry()
    {
        var day = RankingCalendar.Day(new DateOnly(2026, 11, 20));

        Assert.That(day.IsLiveAt(new DateTimeOffset(2026, 11, 22, 14, 59, 59, TimeSpan.Zero)), Is.True);
        Assert.That(day.IsLiveAt(new DateTimeOffset(2026, 11, 22, 15, 0, 0, TimeSpan.Zero)), Is.False);
        Assert.That(RankingCalendar.AllTime.IsLiveAt(DateTimeOffset.MaxValue), Is.True);
    }

    [Test]
    public void The_current_board_follows_the_Korean_clock()
    {
        var sundayNightUtc = new DateTimeOffset(2026, 11, 22, 15, 30, 0, TimeSpan.Zero);

        Assert.That(RankingCalendar.Current(RankingPeriod.Day, sundayNightUtc).Label, Is.EqualTo("2026-11-23"));
        Assert.That(RankingCalendar.Current(RankingPeriod.Week, sundayNightUtc).Label, Is.EqualTo("2026-W48"));
        Assert.That(RankingCalendar.Current(RankingPeriod.All, sundayNightUtc).Label, Is.EqualTo("all"));
    }
}
