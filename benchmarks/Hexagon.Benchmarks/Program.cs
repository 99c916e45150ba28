using System.Globalization;
using Hexagon.Benchmarks;
using Hexagon.Benchmarks.Orders;

// Manual measurements for people, printed as plain text; nothing here runs in CI.
//   dotnet run -c Release --project benchmarks/Hexagon.Benchmarks -- argon2 [--samples 30] [--per-caller 8]
//   dotnet run -c Release --project benchmarks/Hexagon.Benchmarks -- login --base-url http://127.0.0.1:18080 [...]
//   dotnet run -c Release --project benchmarks/Hexagon.Benchmarks -- stores --base-url http://127.0.0.1:18080 [...]
// `login` and `stores` need a running service with raised rate limits; deploy/bench.sh starts one and runs it.
const string usage = """
    usage: Hexagon.Benchmarks argon2 [--samples N] [--per-caller N]
           Hexagon.Benchmarks login --base-url URL [--users 64] [--concurrency 8,32] [--warmup 3] [--duration 15]
                                    [--me-loops 4] [--me-rate 200 (req/s in total; 0 = back-to-back)]
                                    [--config-dir Bootstrap] [--label TEXT] [--service-pid PID]
           Hexagon.Benchmarks stores --base-url URL [--lat 37.5665] [--lng 126.9780] [--take 20] [--page 50]
                                     [--concurrency 32] [--warmup 5] [--duration 30] [--radius 4000]
                                     [--connection-string CS (prints the EXPLAIN)] [--service-pid PID]
           Hexagon.Benchmarks orders --base-url URL --sandbox-url URL --connection-string CS [--concurrency 16,32]
                                     [--warmup 10] [--duration 60] [--service-pid PID]
           Hexagon.Benchmarks orders-floor --base-url URL --connection-string CS [--concurrency 16,32] [--warmup 5]
                                     [--duration 60] [--per-worker 3000] [--e2e 16=R,32=R (orders/s, prints the ratio)]
           Hexagon.Benchmarks orders-hot --base-url URL --sandbox-url URL --connection-string CS [--buyers 200]
                                     [--stock 100] [--cold (no connection warm-up first)] [--service-pid PID]
    """;

switch (args.Length == 0 ? "" : args[0])
{
    case "argon2":
        await Argon2Benchmark.RunAsync(Option("--samples", 30), boundedSlots: 2, callerCounts: [8, 32], operationsPerCaller: Option("--per-caller", 8));
        return 0;
    case "login":
        var baseUrl = Text("--base-url");
        if (baseUrl is null)
        {
            Console.Error.WriteLine(usage);
            return 2;
        }

        var settings = new LoginBenchmark.Settings(
            new Uri(baseUrl),
            Users: Option("--users", 64),
            Concurrency: (Text("--concurrency") ?? "8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray(),
            Warmup: TimeSpan.FromSeconds(Option("--warmup", 3)),
            Duration: TimeSpan.FromSeconds(Option("--duration", 15)),
            MeLoops: Option("--me-loops", 4),
            MeRatePerSecond: Option("--me-rate", 200),
            ConfigDirectory: Text("--config-dir"),
            Label: Text("--label") ?? "login",
            ServicePid: Text("--service-pid") is { } pid ? int.Parse(pid, CultureInfo.InvariantCulture) : null);
        return await LoginBenchmark.RunAsync(settings);
    case "stores":
        if (Text("--base-url") is not { } storesUrl)
        {
            Console.Error.WriteLine(usage);
            return 2;
        }

        return await StoreListBenchmark.RunAsync(new StoreListBenchmark.Settings(
            new Uri(storesUrl),
            Latitude: Number("--lat", 37.5665),
            Longitude: Number("--lng", 126.9780),
            Take: Option("--take", 20),
            TargetPage: Option("--page", 50),
            Concurrency: Option("--concurrency", 32),
            Warmup: TimeSpan.FromSeconds(Option("--warmup", 5)),
            Duration: TimeSpan.FromSeconds(Option("--duration", 30)),
            ConnectionString: Text("--connection-string"),
            RadiusMeters: Option("--radius", 4000),
            ServicePid: Text("--service-pid") is { } storesPid ? int.Parse(storesPid, CultureInfo.InvariantCulture) : null));
    case "orders":
        if (Text("--base-url") is not { } ordersUrl || Text("--sandbox-url") is not { } ordersSandbox || Text("--connection-string") is not { } ordersDb)
        {
            Console.Error.WriteLine(usage);
            return 2;
        }

        return await OrdersEndToEndBenchmark.RunAsync(new OrdersEndToEndBenchmark.Settings(
            new Uri(ordersUrl), new Uri(ordersSandbox), ordersDb, Counts("--concurrency", "16,32"),
            Warmup: TimeSpan.FromSeconds(Option("--warmup", 10)),
            Duration: TimeSpan.FromSeconds(Option("--duration", 60)),
            ServicePid: Text("--service-pid") is { } ordersPid ? int.Parse(ordersPid, CultureInfo.InvariantCulture) : null));
    case "orders-floor":
        if (Text("--base-url") is not { } floorUrl || Text("--connection-string") is not { } floorDb)
        {
            Console.Error.WriteLine(usage);
            return 2;
        }

        return await OrdersFloorBenchmark.RunAsync(new OrdersFloorBenchmark.Settings(
            new Uri(floorUrl), floorDb, Counts("--concurrency", "16,32"),
            Warmup: TimeSpan.FromSeconds(Option("--warmup", 5)),
            Duration: TimeSpan.FromSeconds(Option("--duration", 60)),
            PerWorker: Option("--per-worker", 3000),
            EndToEnd: OrdersReport.ParseRates(Text("--e2e")),
            ServicePid: Text("--service-pid") is { } floorPid ? int.Parse(floorPid, CultureInfo.InvariantCulture) : null));
    case "orders-hot":
        if (Text("--base-url") is not { } hotUrl || Text("--sandbox-url") is not { } hotSandbox || Text("--connection-string") is not { } hotDb)
        {
            Console.Error.WriteLine(usage);
            return 2;
        }

        return await OrdersHotBenchmark.RunAsync(new OrdersHotBenchmark.Settings(
            new Uri(hotUrl), new Uri(hotSandbox), hotDb, Buyers: Option("--buyers", 200), Stock: Option("--stock", 100), WarmPool: !args.Contains("--cold"),
            ServicePid: Text("--service-pid") is { } hotPid ? int.Parse(hotPid, CultureInfo.InvariantCulture) : null));
    default:
        Console.Error.WriteLine(usage);
        return 2;
}

int[] Counts(string name, string fallback) => (Text(name) ?? fallback).Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();

int Option(string name, int fallback) => Text(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

double Number(string name, double fallback) => Text(name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? Text(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
