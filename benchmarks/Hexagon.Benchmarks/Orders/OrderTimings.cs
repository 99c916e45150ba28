using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Hexagon.Benchmarks.Orders;

/// <summary>
/// Latencies of one kind of operation inside a measured window [start, end): percentiles over those that started inside
/// it (nearest rank), the rate over those that ended inside it, and errors (by key) of those that started inside it.
/// </summary>
internal sealed class OrderTimings(long windowStart, long windowEnd)
{
    private readonly ConcurrentQueue<double> _milliseconds = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _completed;
    private double[]? _sorted;

    public int Completed => _completed;

    public int Count => Sorted.Length;

    public IReadOnlyDictionary<string, int> Errors => _errors;

    private double[] Sorted => _sorted ??= [.. _milliseconds.Order()];

    /// <summary>Records one success that started at <paramref name="started"/> and ended at <paramref name="ended"/> (Stopwatch ticks).</summary>
    public void Success(long started, long ended)
    {
        if (started >= windowStart && started < windowEnd)
        {
            _milliseconds.Enqueue(Stopwatch.GetElapsedTime(started, ended).TotalMilliseconds);
        }

        if (ended >= windowStart && ended <= windowEnd)
        {
            Interlocked.Increment(ref _completed);
        }
    }

    public void Failure(long started, string key)
    {
        if (started >= windowStart && started < windowEnd)
        {
            _errors.AddOrUpdate(key, 1, (_, n) => n + 1);
        }
    }

    public double Percentile(double percent)
    {
        var sorted = Sorted;
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public string ErrorText() => _errors.IsEmpty
        ? "0"
        : string.Join(", ", _errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}×{e.Value}"));

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
