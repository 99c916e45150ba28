using System.Diagnostics;
using System.Globalization;

namespace Hexagon.Benchmarks;

/// <summary>
/// How much of the machine's CPU went to processes outside the measured system during a window (Linux /proc only).
/// "Ours" is this load generator, the service (by pid) and every mariadbd / redis-server; "other" is the machine's
/// busy time minus ours. A figure measured while something else eats the CPUs is not the service's figure, so the
/// tables show it next to each phase.
/// </summary>
internal sealed class CpuSampler(int? servicePid)
{
    private static readonly string[] OurCommands = ["mariadbd", "redis-server"];

    public Snapshot Take() => new(Stopwatch.GetTimestamp(), MachineBusyTicks(), OurTicks());

    /// <summary>CPU used by other processes, in percent of all logical CPUs over the window; null when /proc is missing.</summary>
    public static double? OtherPercent(Snapshot from, Snapshot to)
    {
        if (from.MachineBusy is null || to.MachineBusy is null)
        {
            return null;
        }

        var seconds = Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp).TotalSeconds;
        var other = (to.MachineBusy.Value - from.MachineBusy.Value) - (to.Ours - from.Ours);
        return Math.Max(0, other) / (seconds * 100.0 * Environment.ProcessorCount) * 100.0; // USER_HZ = 100
    }

    /// <summary>Machine CPU busy time in percent of all logical CPUs over the window; null when /proc is missing.</summary>
    public static double? BusyPercent(Snapshot from, Snapshot to)
    {
        if (from.MachineBusy is null || to.MachineBusy is null)
        {
            return null;
        }

        var seconds = Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp).TotalSeconds;
        return (to.MachineBusy.Value - from.MachineBusy.Value) / (seconds * 100.0 * Environment.ProcessorCount) * 100.0;
    }

    // user + nice + system + irq + softirq of the "cpu" line (idle, iowait and steal are not work done here).
    private static long? MachineBusyTicks()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            long F(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
            return F(1) + F(2) + F(3) + F(6) + F(7);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    private long OurTicks()
    {
        long ticks = ProcessTicks(Environment.ProcessId);
        if (servicePid is { } pid)
        {
            ticks += ProcessTicks(pid);
        }

        try
        {
            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                var name = Path.GetFileName(directory);
                if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var other) || other == Environment.ProcessId || other == servicePid)
                {
                    continue;
                }

                string comm;
                try
                {
                    comm = File.ReadAllText(Path.Combine(directory, "comm")).Trim();
                }
                catch (IOException)
                {
                    continue;
                }

                if (OurCommands.Contains(comm, StringComparer.Ordinal))
                {
                    ticks += ProcessTicks(other);
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No /proc: OtherPercent reports nothing anyway.
        }

        return ticks;
    }

    // utime + stime (fields 14 and 15 of /proc/PID/stat, counted after the parenthesised command name).
    private static long ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return 0;
        }
    }

    internal sealed record Snapshot(long Timestamp, long? MachineBusy, long Ours);
}
