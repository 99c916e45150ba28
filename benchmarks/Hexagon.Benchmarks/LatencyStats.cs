using System.Globalization;

namespace Hexagon.Benchmarks;

/// <summary>Median and tail of a set of durations, nearest-rank (no interpolation: every reported value was measured).</summary>
internal sealed class LatencyStats(IEnumerable<TimeSpan> samples)
{
    private readonly double[] _milliseconds = [.. samples.Select(sample => sample.TotalMilliseconds).Order()];

    public int Count => _milliseconds.Length;

    public double Percentile(double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * _milliseconds.Length);
        return _milliseconds[Math.Clamp(rank - 1, 0, _milliseconds.Length - 1)];
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"n={Count}  min={_milliseconds[0]:0.0} ms  median={Percentile(50):0.0} ms  p99={Percentile(99):0.0} ms  max={_milliseconds[^1]:0.0} ms");
}
