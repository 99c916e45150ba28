using System.Globalization;
using Hexagon.Benchmarks;

// Manual measurements for people, printed as plain text; nothing here runs in CI.
//   dotnet run -c Release --project benchmarks/Hexagon.Benchmarks -- argon2 [--samples 30] [--per-caller 8]
const string usage = "usage: Hexagon.Benchmarks argon2 [--samples N] [--per-caller N]";
if (args.Length == 0 || args[0] != "argon2")
{
    Console.Error.WriteLine(usage);
    return 2;
}

var samples = Option("--samples", 30);
var perCaller = Option("--per-caller", 8);
await Argon2Benchmark.RunAsync(samples, boundedSlots: 2, callerCounts: [8, 32], operationsPerCaller: perCaller);
return 0;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
