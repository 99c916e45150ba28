using System.Diagnostics;
using static Hexagon.Benchmarks.Orders.OrderTimings;

namespace Hexagon.Benchmarks.Orders;

/// <summary>
/// `orders`: C customers (signed up before the clock), each on its own menu of its own store, each looping
/// add to cart → checkout → sandbox authentication → POST /api/v1/orders (the one-call flow: the service confirms the
/// payment at the sandbox, then runs the placement transaction). Warm-up, then a measured window per concurrency.
/// Prints orders/s, the whole loop's and the POST /orders call's percentiles, and errors by step and status/code.
/// </summary>
internal static class OrdersEndToEndBenchmark
{
    internal sealed record Settings(
        Uri ServiceUrl, Uri SandboxUrl, string ConnectionString, IReadOnlyList<int> Concurrency, TimeSpan Warmup, TimeSpan Duration, int? ServicePid);

    internal sealed record Row(int Concurrency, TimeSpan Duration, OrderTimings Loop, OrderTimings Place, OrderTimings Steps, double? Busy, double? Other)
    {
        public double OrdersPerSecond => Loop.Completed / Duration.TotalSeconds;
    }

    public static async Task<int> RunAsync(Settings settings)
    {
        var most = settings.Concurrency.Max();
        ThreadPool.SetMinThreads(Math.Max(64, most * 2 + 8), 64);
        Console.WriteLine("== orders: end-to-end order placement over HTTP ==");
        OrdersReport.PrintMachine(settings.ServiceUrl);
        Console.WriteLine($"loop:         POST /api/v1/cart/items → POST /api/v1/checkout → sandbox POST /sandbox/v1/payments → POST /api/v1/orders");
        Console.WriteLine($"each phase:   {settings.Warmup.TotalSeconds:0} s warm-up, {settings.Duration.TotalSeconds:0} s measured; one menu (stock 10,000,000) per customer");

        using var api = new OrderApi(settings.ServiceUrl, settings.SandboxUrl);
        var signUp = Stopwatch.StartNew();
        var users = await api.SignUpAsync("orders", most);
        Console.WriteLine(F($"sign-up:      {most} customers in {signUp.Elapsed.TotalSeconds:0.0} s (before the clock)"));
        var menus = await OrderBenchData.TakeMenusAsync(settings.ConnectionString, most, stock: 10_000_000);
        var customers = users.Zip(menus, (u, m) => new OrderApi.Customer(u.UserId, u.Token, m.StoreId, m.MenuId)).ToArray();
        Console.WriteLine();

        var rows = new List<Row>();
        foreach (var concurrency in settings.Concurrency)
        {
            rows.Add(await RunPhaseAsync(api, customers[..concurrency], settings));
        }

        Console.WriteLine("Results (ms = client-side; loop = all four calls; errors: step status/errorCode × count):");
        Console.WriteLine();
        Console.WriteLine("| customers | orders/s | loop p50 | loop p95 | loop p99 | POST /orders p50 | p95 | p99 | errors | CPU busy | other CPU |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var row in rows)
        {
            var errors = new[] { row.Steps.ErrorText(), row.Place.ErrorText() }.Where(e => e != "0").ToList();
            Console.WriteLine(F($"| {row.Concurrency} | {row.OrdersPerSecond:0.0} | {row.Loop.Percentile(50):0.0} | {row.Loop.Percentile(95):0.0} | {row.Loop.Percentile(99):0.0} | {row.Place.Percentile(50):0.0} | {row.Place.Percentile(95):0.0} | {row.Place.Percentile(99):0.0} | {(errors.Count == 0 ? "0" : string.Join(", ", errors))} | {OrdersReport.Percent(row.Busy)} | {OrdersReport.Percent(row.Other)} |"));
        }

        Console.WriteLine();
        OrdersReport.PrintCpuNote();
        // Lines for deploy/bench.sh (the floor prints the ratio against them).
        Console.WriteLine("RESULT orders_per_s " + string.Join(",", rows.Select(r => F($"{r.Concurrency}={r.OrdersPerSecond:0.00}"))));
        return rows.Any(r => r.Steps.Errors.Count + r.Place.Errors.Count > 0) ? 1 : 0;
    }

    private static async Task<Row> RunPhaseAsync(OrderApi api, OrderApi.Customer[] customers, Settings settings)
    {
        Console.Error.WriteLine($"[bench] orders: {customers.Length} customers ...");
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + Ticks(settings.Warmup);
        var windowEnd = windowStart + Ticks(settings.Duration);
        var loop = new OrderTimings(windowStart, windowEnd);
        var place = new OrderTimings(windowStart, windowEnd);
        var steps = new OrderTimings(windowStart, windowEnd);
        var cpu = new CpuSampler(settings.ServicePid);
        var cpuWindow = OrdersReport.CpuWindowAsync(cpu, settings.Warmup, settings.Duration);

        await Task.WhenAll(customers.Select(customer => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < windowEnd)
            {
                var began = Stopwatch.GetTimestamp();
                var (failed, checkout, paymentKey) = await api.PrepareAsync(customer);
                if (failed is not null)
                {
                    steps.Failure(began, "prepare " + failed.Key);
                    await api.ClearCartAsync(customer);
                    continue;
                }

                var placeBegan = Stopwatch.GetTimestamp();
                var placed = await api.PlaceOrderAsync(customer, checkout, paymentKey);
                var ended = Stopwatch.GetTimestamp();
                if (placed.Status != 201)
                {
                    place.Failure(placeBegan, "orders " + placed.Key);
                    loop.Failure(began, "orders " + placed.Key);
                    await api.ClearCartAsync(customer);
                    continue;
                }

                place.Success(placeBegan, ended);
                loop.Success(began, ended);
            }
        })));

        var (from, to) = await cpuWindow;
        return new Row(customers.Length, settings.Duration, loop, place, steps, CpuSampler.BusyPercent(from, to), CpuSampler.OtherPercent(from, to));
    }
}
