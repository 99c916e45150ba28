using System.Diagnostics;
using System.Globalization;
using Hexagon.Adapters.Web.Identity.Passwords;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hexagon.Benchmarks;

/// <summary>
/// What one Argon2id hash costs at the configured parameters, and what the hasher's concurrency bound does to a
/// burst of logins: throughput stays at about bound ÷ hash time, and the wait moves into the callers' latency.
/// </summary>
internal static class Argon2Benchmark
{
    public static async Task RunAsync(int samples, int boundedSlots, IReadOnlyList<int> callerCounts, int operationsPerCaller)
    {
        var options = new PasswordHashingOptions();
        Console.WriteLine($"Argon2id via libargon2.so.1: m={options.MemoryKiB} KiB, t={options.Iterations}, p={options.Parallelism}, " +
            $"hash {options.HashLength} B, salt {options.SaltLength} B; {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}");

        using (var single = Hasher(options, maxConcurrentHashes: 1))
        {
            await TimeSequentialAsync(single, count: 3); // warm-up: first call loads the library and touches fresh memory
            var hashes = await TimeSequentialAsync(single, samples);
            Console.WriteLine($"single-threaded hash:   {new LatencyStats(hashes)}");
        }

        foreach (var callers in callerCounts)
        {
            using var bounded = Hasher(options, boundedSlots);
            var (elapsed, latencies) = await RunCallersAsync(bounded, callers, operationsPerCaller);
            var operations = latencies.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MaxConcurrentHashes={boundedSlots}, {callers,2} callers: {operations / elapsed.TotalSeconds:0.0} hashes/s " +
                $"({operations} in {elapsed.TotalSeconds:0.00} s); per call incl. queueing: {new LatencyStats(latencies)}"));
        }
    }

    private static Argon2idPasswordHasher Hasher(PasswordHashingOptions defaults, int maxConcurrentHashes) => new(
        new PasswordHashingOptions
        {
            MemoryKiB = defaults.MemoryKiB,
            Iterations = defaults.Iterations,
            Parallelism = defaults.Parallelism,
            MaxConcurrentHashes = maxConcurrentHashes,
        },
        NullLogger<Argon2idPasswordHasher>.Instance);

    private static async Task<List<TimeSpan>> TimeSequentialAsync(Argon2idPasswordHasher hasher, int count)
    {
        var timings = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await hasher.HashAsync("benchmark password " + i, CancellationToken.None);
            timings.Add(Stopwatch.GetElapsedTime(started));
        }

        return timings;
    }

    private static async Task<(TimeSpan Elapsed, List<TimeSpan> Latencies)> RunCallersAsync(
        Argon2idPasswordHasher hasher, int callers, int operationsPerCaller)
    {
        var started = Stopwatch.GetTimestamp();
        var perCaller = await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            var latencies = new List<TimeSpan>(operationsPerCaller);
            for (var i = 0; i < operationsPerCaller; i++)
            {
                var callStarted = Stopwatch.GetTimestamp();
                await hasher.HashAsync($"caller {caller} password {i}", CancellationToken.None);
                latencies.Add(Stopwatch.GetElapsedTime(callStarted));
            }

            return latencies;
        })));
        return (Stopwatch.GetElapsedTime(started), perCaller.SelectMany(latencies => latencies).ToList());
    }
}
