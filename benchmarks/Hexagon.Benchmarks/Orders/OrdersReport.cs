using System.Globalization;
using static Hexagon.Benchmarks.Orders.OrderTimings;

namespace Hexagon.Benchmarks.Orders;

/// <summary>The header and footer lines the three order benchmarks share.</summary>
internal static class OrdersReport
{
    public static void PrintMachine(Uri? serviceUrl)
    {
        Console.WriteLine($"date (UTC):   {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        Console.WriteLine($"machine:      {Environment.ProcessorCount} logical CPUs (nproc), {MachineInfo.CpuModel()}, {MachineInfo.MemoryTotal()}, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"load average: {LoadAverage()} (1, 5, 15 min, before the run)");
        if (serviceUrl is not null)
        {
            Console.WriteLine($"service:      {serviceUrl} (same machine: load generator, service, sandbox and MariaDB share the CPUs)");
        }
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static string Percent(double? value) => value is { } v ? F($"{v:0}%") : "?";

    public static Task<(CpuSampler.Snapshot From, CpuSampler.Snapshot To)> CpuWindowAsync(CpuSampler cpu, TimeSpan warmup, TimeSpan duration) => Task.Run(async () =>
    {
        await Task.Delay(warmup);
        var first = cpu.Take();
        await Task.Delay(duration);
        return (first, cpu.Take());
    });

    public static void PrintCpuNote()
    {
        Console.WriteLine("CPU busy: all logical CPUs over the measured window (100% = every core busy); other CPU: the part used by processes");
        Console.WriteLine("other than this load generator, the service, mariadbd and redis-server (the Toss sandbox counts as other).");
        Console.WriteLine(F($"load average after: {LoadAverage()}"));
        Console.WriteLine();
    }

    /// <summary>"16=41.5,32=44.0" → {16: 41.5, 32: 44.0}.</summary>
    public static Dictionary<int, double> ParseRates(string? text) => (text ?? "")
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('='))
        .Where(pair => pair.Length == 2)
        .ToDictionary(pair => int.Parse(pair[0], CultureInfo.InvariantCulture), pair => double.Parse(pair[1], CultureInfo.InvariantCulture));
}
