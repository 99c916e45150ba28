using System.Globalization;
using Hexagon.Application.Rankings.Ports;

namespace Hexagon.Application.Rankings.Calendar;

/// <summary>
/// Which boards an order counts on, and how long a board is kept. Days and weeks are Korean: Korea has kept UTC+9
/// without daylight saving since 1988, so a fixed offset is exact and needs no time-zone database on the host.
/// Weeks are ISO 8601 (Monday first; week 1 holds the year's first Thursday), so the days around New Year can belong
/// to the other year's week: 2027-01-01 is in 2026-W53.
/// </summary>
public static class RankingCalendar
{
    public static readonly TimeSpan KoreanOffset = TimeSpan.FromHours(9);

    /// <summary>A day's board is kept two days past its end: yesterday stays readable, late corrections still land.</summary>
    public static readonly TimeSpan DayMargin = TimeSpan.FromDays(2);

    /// <summary>A week's board is kept two weeks past its end.</summary>
    public static readonly TimeSpan WeekMargin = TimeSpan.FromDays(14);

    public static RankingBucket AllTime { get; } = new(RankingPeriod.All, "all", null);

    public static DateOnly KoreanDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(KoreanOffset).DateTime);

    /// <summary>The UTC instant a Korean calendar day starts (15:00 UTC the day before).</summary>
    public static DateTimeOffset StartOfKoreanDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), KoreanOffset).ToUniversalTime();

    /// <summary>The Monday that starts the ISO week <paramref name="date"/> belongs to.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static RankingBucket Day(DateOnly koreanDate) => new(
        RankingPeriod.Day,
        koreanDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StartOfKoreanDay(koreanDate.AddDays(1)) + DayMargin);

    public static RankingBucket WeekOf(DateOnly koreanDate)
    {
        var day = koreanDate.ToDateTime(TimeOnly.MinValue);
        var label = string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
        return new RankingBucket(RankingPeriod.Week, label, StartOfKoreanDay(MondayOf(koreanDate).AddDays(7)) + WeekMargin);
    }

    /// <summary>The day, week and all-time boards an order placed at <paramref name="placedAt"/> counts on.</summary>
    public static IReadOnlyList<RankingBucket> BucketsOf(DateTimeOffset placedAt)
    {
        var date = KoreanDate(placedAt);
        return [Day(date), WeekOf(date), AllTime];
    }

    /// <summary>The board of the period running at <paramref name="now"/>: today, this week, or all-time.</summary>
    public static RankingBucket Current(RankingPeriod period, DateTimeOffset now) => period switch
    {
        RankingPeriod.Day => Day(KoreanDate(now)),
        RankingPeriod.Week => WeekOf(KoreanDate(now)),
        _ => AllTime,
    };

    /// <summary>Every board still kept at <paramref name="now"/>: the recent days and weeks, newest first, then all-time.</summary>
    public static IReadOnlyList<RankingBucket> LiveBuckets(DateTimeOffset now)
    {
        var today = KoreanDate(now);
        var buckets = new List<RankingBucket>();
        for (var date = today; Day(date).IsLiveAt(now); date = date.AddDays(-1))
        {
            buckets.Add(Day(date));
        }

        for (var monday = MondayOf(today); WeekOf(monday).IsLiveAt(now); monday = monday.AddDays(-7))
        {
            buckets.Add(WeekOf(monday));
        }

        buckets.Add(AllTime);
        return buckets;
    }
}
