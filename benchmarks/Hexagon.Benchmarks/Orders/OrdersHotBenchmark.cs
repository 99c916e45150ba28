using System.Diagnostics;
using Dapper;
using MySql.Data.MySqlClient;
using static Hexagon.Benchmarks.Orders.OrderTimings;

namespace Hexagon.Benchmarks.Orders;

/// <summary>
/// `orders-hot`: B buyers (200) for ONE menu with stock S (100). Before the start every buyer has the menu in the cart,
/// a checkout and an authenticated sandbox payment; then all of them POST /api/v1/orders at once. Prints the wall time
/// (first request sent → last answer), the per-request percentiles, the answers by status/code, and what the database
/// holds afterwards: orders for that menu, refunds by status for the buyers' payments, and the menu's stock.
/// </summary>
internal static class OrdersHotBenchmark
{
    internal sealed record Settings(Uri ServiceUrl, Uri SandboxUrl, string ConnectionString, int Buyers, int Stock, bool WarmPool, int? ServicePid);

    public static async Task<int> RunAsync(Settings settings)
    {
        ThreadPool.SetMinThreads(Math.Max(64, settings.Buyers + 16), 64);
        Console.WriteLine("== orders-hot: many buyers, one menu, short stock ==");
        OrdersReport.PrintMachine(settings.ServiceUrl);
        Console.WriteLine($"setup:        {settings.Buyers} buyers, one menu with stock {settings.Stock}; each buyer prepared up to an authenticated payment, then all POST /api/v1/orders at once");

        using var api = new OrderApi(settings.ServiceUrl, settings.SandboxUrl);
        var users = await api.SignUpAsync("hot", settings.Buyers);
        var (storeId, menuId) = (await OrderBenchData.TakeMenusAsync(settings.ConnectionString, 1, settings.Stock, fromTheEnd: true))[0];
        var buyers = users.Select(u => new OrderApi.Customer(u.UserId, u.Token, storeId, menuId)).ToArray();
        var prepared = new (System.Text.Json.JsonElement Checkout, string PaymentKey)[buyers.Length];
        var prepare = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, buyers.Length), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var (failed, checkout, paymentKey) = await api.PrepareAsync(buyers[i]);
            if (failed is not null)
            {
                throw new InvalidOperationException($"buyer {i}: preparation failed with {failed.Key} {failed.Body}");
            }

            prepared[i] = (checkout, paymentKey);
        });
        Console.WriteLine(F($"prepared:     {buyers.Length} carts, checkouts and sandbox payments in {prepare.Elapsed.TotalSeconds:0.0} s (menu {menuId}, store {storeId})"));

        if (settings.WarmPool)
        {
            // The service's connection pool and HTTP connections are cold for most of the buyers (the earlier phases used
            // at most a few dozen): open them in growing waves of GET /api/v1/orders first, so the burst measures placement
            // rather than 200 simultaneous MariaDB logins. --cold skips this.
            var failures = 0;
            var sent = 0;
            foreach (var wave in new[] { 25, 50, 100, 150, 200 }.Select(w => Math.Min(w, buyers.Length)).Distinct())
            {
                var answers0 = await Task.WhenAll(buyers.Take(wave).Select(api.ListOrdersAsync));
                sent += answers0.Length;
                failures += answers0.Count(a => !a.Ok);
                await Task.Delay(300);
            }

            Console.WriteLine($"pool warm-up: {sent} GET /api/v1/orders in waves of 25..{buyers.Length}, {failures} failed");
        }
        else
        {
            Console.WriteLine("pool warm-up: none (--cold): the burst opens the service's database connections itself");
        }

        var cpu = new CpuSampler(settings.ServicePid);
        var before = cpu.Take();
        var started = Stopwatch.GetTimestamp();
        var tasks = buyers.Select((buyer, i) => api.PlaceOrderAsync(buyer, prepared[i].Checkout, prepared[i].PaymentKey)).ToArray();
        var answers = await Task.WhenAll(tasks);
        var wall = Stopwatch.GetElapsedTime(started);
        var after = cpu.Take();

        var latencies = answers.Select(a => a.Elapsed.TotalMilliseconds).Order().ToArray();
        double P(double p) => latencies[Math.Clamp((int)Math.Ceiling(p / 100 * latencies.Length) - 1, 0, latencies.Length - 1)];
        var byAnswer = answers.GroupBy(a => a.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}");

        // Refunds are made before the 409 is answered (or handed to the outbox): give a late one a few seconds.
        var orderIds = prepared.Select(p => p.Checkout.GetProperty("orderId").GetString()!).ToArray();
        await using var connection = new MySqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        (long Orders, long Items, int Stock, Dictionary<string, long> Refunds) proof = (0, 0, -1, new Dictionary<string, long>(StringComparer.Ordinal));
        for (var attempt = 0; attempt < 20; attempt++)
        {
            proof = (
                await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT oi.order_id) FROM order_items oi WHERE oi.menu_id = @menuId", new { menuId }),
                await connection.ExecuteScalarAsync<long>("SELECT COALESCE(SUM(oi.quantity), 0) FROM order_items oi WHERE oi.menu_id = @menuId", new { menuId }),
                await connection.ExecuteScalarAsync<int>("SELECT stock FROM menus WHERE id = @menuId", new { menuId }),
                (await connection.QueryAsync<(string Status, long Count)>(
                    "SELECT status, COUNT(*) FROM payment_refunds WHERE order_id IN @orderIds GROUP BY status", new { orderIds }))
                    .ToDictionary(r => r.Status, r => r.Count, StringComparer.Ordinal));
            if (proof.Refunds.GetValueOrDefault("DONE") + proof.Orders >= settings.Buyers)
            {
                break;
            }

            await Task.Delay(500);
        }

        var canceledPayments = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM payments WHERE order_id IN @orderIds AND status = 'CANCELED'", new { orderIds });
        var paidOrders = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM orders WHERE order_no IN @orderIds", new { orderIds });

        Console.WriteLine();
        Console.WriteLine("| buyers | stock | wall time | p50 | p95 | p99 | max | answers (status/errorCode × count) | CPU busy | other CPU |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        Console.WriteLine(F($"| {settings.Buyers} | {settings.Stock} | {wall.TotalMilliseconds:0} ms | {P(50):0} | {P(95):0} | {P(99):0} | {latencies[^1]:0} | {string.Join(", ", byAnswer)} | {OrdersReport.Percent(CpuSampler.BusyPercent(before, after))} | {OrdersReport.Percent(CpuSampler.OtherPercent(before, after))} |"));
        Console.WriteLine();
        var refunds = proof.Refunds.Count == 0 ? "none" : string.Join(", ", proof.Refunds.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} {r.Value}"));
        Console.WriteLine("From the database after the run:");
        Console.WriteLine($"  orders of these buyers (orders.order_no):           {paidOrders}");
        Console.WriteLine($"  orders holding the menu (order_items.menu_id={menuId}): {proof.Orders} (quantity {proof.Items})");
        Console.WriteLine($"  payment_refunds of these buyers by status:         {refunds}");
        Console.WriteLine($"  payments of these buyers in status CANCELED:       {canceledPayments}");
        Console.WriteLine($"  menu stock now:                                    {proof.Stock}");
        var expectedRefunds = settings.Buyers - settings.Stock;
        var ok = proof.Orders == settings.Stock && paidOrders == settings.Stock && proof.Stock == 0
            && proof.Refunds.GetValueOrDefault("DONE") == expectedRefunds && proof.Refunds.Count == 1;
        Console.WriteLine(ok
            ? $"  => exactly {settings.Stock} orders, {expectedRefunds} refunds DONE, stock 0"
            : $"  => NOT as expected: wanted {settings.Stock} orders, {expectedRefunds} refunds DONE (and nothing else), stock 0");
        Console.WriteLine();
        OrdersReport.PrintCpuNote();
        return ok ? 0 : 1;
    }
}
