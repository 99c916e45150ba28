using System.Globalization;
using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hexagon.Benchmarks;

/// <summary>Timings of one kind of request in one phase; only what falls in the measured window counts.</summary>
internal sealed class LatencyRecorder(long windowStart, long windowEnd)
{
    private readonly ConcurrentQueue<TimeSpan> _latencies = new();
    private readonly ConcurrentDictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _completed;
    private double[]? _sorted;

    public int Count => Sorted.Length;

    /// <summary>Successful requests that ended inside the window (whenever they started).</summary>
    public int Completed => _completed;

    public IEnumerable<KeyValuePair<string, int>> Errors => _errors;

    private double[] Sorted => _sorted ??= [.. _latencies.Select(l => l.TotalMilliseconds).Order()];

    public async Task TimeAsync(Func<CancellationToken, Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        string? error;
        try
        {
            using var response = await send(CancellationToken.None);
            // Read the whole body: the request is done when the client has the answer.
            await response.Content.LoadIntoBufferAsync();
            error = response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException exception)
        {
            error = exception.GetType().Name;
        }
        catch (TaskCanceledException)
        {
            error = "timeout";
        }

        var ended = Stopwatch.GetTimestamp();
        var inWindow = started >= windowStart && started < windowEnd;
        if (error is not null)
        {
            if (inWindow)
            {
                _errors.AddOrUpdate(error, 1, (_, n) => n + 1);
            }

            return;
        }

        if (inWindow)
        {
            _latencies.Enqueue(Stopwatch.GetElapsedTime(started, ended));
        }

        if (ended >= windowStart && ended <= windowEnd)
        {
            Interlocked.Increment(ref _completed);
        }
    }

    /// <summary>Nearest rank on the sorted timings (every reported value was measured).</summary>
    public double Percentile(double percent)
    {
        var sorted = Sorted;
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
