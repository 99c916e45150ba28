using System.Diagnostics;
using Dapper;
using Hexagon.Adapters.Persistence.Cart;
using Hexagon.Adapters.Persistence.Checkouts;
using Hexagon.Adapters.Persistence.Configuration;
using Hexagon.Adapters.Persistence.Driver;
using Hexagon.Adapters.Persistence.Ordering;
using Hexagon.Adapters.Persistence.Outbox;
using Hexagon.Adapters.Persistence.Payments;
using Hexagon.Adapters.Persistence.Promotions;
using Hexagon.Adapters.Persistence.UnitOfWork;
using Hexagon.Application.Errors;
using Hexagon.Application.Ordering.PlaceOrder;
using Hexagon.Application.Ordering.Ports;
using Hexagon.Application.Payments.Ports;
using Hexagon.Domain.Checkouts;
using Hexagon.Domain.Common;
using Hexagon.Domain.Ordering;
using Microsoft.Extensions.Logging.Abstractions;
using MySql.Data.MySqlClient;
using static Hexagon.Benchmarks.Orders.OrderTimings;

namespace Hexagon.Benchmarks.Orders;

/// <summary>
/// `orders-floor`: the database work of placing an order, in this process, without HTTP and without Toss, with the same
/// number of concurrent workers as the end-to-end run. Each worker has its own user and menu (as each customer does);
/// its paid checkouts are prepared before the clock: one real checkout per worker through the API (cart + checkout,
/// so the line snapshot is the service's own), cloned with SQL into N checkouts in status PAID, each with a DONE
/// `payments` row (what a confirmed payment leaves). Measured: what PlaceOrderService does after the payment is
/// confirmed, through the service's real adapters (MySqlConnectionFactory, DbSession, MySqlUnitOfWork and the MySql*
/// repositories), in the same order: outside the transaction the checkout and "already ordered?" reads and the
/// payment row read (the two-call flow's confirmation finds it); inside one READ COMMITTED unit of work the checkout
/// lock, the order re-check, the stock taken in ascending menu id, coupon/points (none here), the order + items +
/// options + first history row, the cart delete, the checkout marked ORDERED, the two outbox rows and the order read
/// back. One DbSession (pooled connection) per placement, like one request scope.
/// </summary>
internal static class OrdersFloorBenchmark
{
    internal sealed record Settings(
        Uri ServiceUrl, string ConnectionString, IReadOnlyList<int> Concurrency, TimeSpan Warmup, TimeSpan Duration, int PerWorker,
        IReadOnlyDictionary<int, double> EndToEnd, int? ServicePid);

    public static async Task<int> RunAsync(Settings settings)
    {
        var most = settings.Concurrency.Max();
        ThreadPool.SetMinThreads(Math.Max(64, most * 2 + 8), 64);
        Console.WriteLine("== orders-floor: the placement's database work in-process (no HTTP, no Toss) ==");
        OrdersReport.PrintMachine(null);
        Console.WriteLine("code:         the service's adapters (Adapters.Persistence), called in PlaceOrderService's order");
        Console.WriteLine($"each phase:   {settings.Warmup.TotalSeconds:0} s warm-up, {settings.Duration.TotalSeconds:0} s measured; up to {settings.PerWorker} prepared paid checkouts per worker");

        using var api = new OrderApi(settings.ServiceUrl, settings.ServiceUrl);
        var users = await api.SignUpAsync("floor", most);
        var menus = await OrderBenchData.TakeMenusAsync(settings.ConnectionString, most, stock: 10_000_000);
        var customers = users.Zip(menus, (u, m) => new OrderApi.Customer(u.UserId, u.Token, m.StoreId, m.MenuId)).ToArray();

        // One real checkout per customer: its row is the template of the clones.
        var templates = new string[most];
        for (var i = 0; i < most; i++)
        {
            var added = await api.AddToCartAsync(customers[i]);
            var checkout = added.Ok ? await api.CheckoutAsync(customers[i]) : added;
            if (!checkout.Ok)
            {
                throw new InvalidOperationException($"template checkout for customer {i} failed: {checkout.Key} {checkout.Body}");
            }

            templates[i] = checkout.Body.GetProperty("orderId").GetString()!;
        }

        var options = new DatabaseOptions { ConnectionString = settings.ConnectionString };
        var factory = new MySqlConnectionFactory(options, NullLogger<MySqlConnectionFactory>.Instance);
        var retry = TransientRetryPolicy.FromOptions(options);
        Console.WriteLine();

        var rows = new List<(int Concurrency, OrderTimings Timings, double? Busy, double? Other, bool Exhausted)>();
        foreach (var concurrency in settings.Concurrency)
        {
            var prepare = Stopwatch.StartNew();
            var pools = new string[concurrency][];
            for (var w = 0; w < concurrency; w++)
            {
                pools[w] = await CloneAsync(settings.ConnectionString, templates[w], $"f{concurrency}w{w}n", settings.PerWorker);
            }

            Console.Error.WriteLine($"[bench] orders-floor: {concurrency} workers ({concurrency * settings.PerWorker} paid checkouts prepared in {prepare.Elapsed.TotalSeconds:0.0} s) ...");
            var start = Stopwatch.GetTimestamp();
            var windowStart = start + Ticks(settings.Warmup);
            var windowEnd = windowStart + Ticks(settings.Duration);
            var timings = new OrderTimings(windowStart, windowEnd);
            var exhausted = 0;
            var cpuWindow = OrdersReport.CpuWindowAsync(new CpuSampler(null), settings.Warmup, settings.Duration);
            await Task.WhenAll(pools.Select(pool => Task.Run(async () =>
            {
                var next = 0;
                while (Stopwatch.GetTimestamp() < windowEnd)
                {
                    if (next == pool.Length)
                    {
                        Interlocked.Increment(ref exhausted);
                        return;
                    }

                    var orderId = pool[next++];
                    var began = Stopwatch.GetTimestamp();
                    try
                    {
                        var outcome = await PlaceAsync(factory, retry, orderId);
                        if (outcome is null)
                        {
                            timings.Success(began, Stopwatch.GetTimestamp());
                        }
                        else
                        {
                            timings.Failure(began, outcome);
                        }
                    }
                    catch (Exception exception) when (exception is not OutOfMemoryException)
                    {
                        timings.Failure(began, exception is MySqlException my ? $"MySQL {my.Number}" : exception.GetType().Name);
                    }
                }
            })));
            var (from, to) = await cpuWindow;
            rows.Add((concurrency, timings, CpuSampler.BusyPercent(from, to), CpuSampler.OtherPercent(from, to), exhausted > 0));
        }

        Console.WriteLine("Results (ms per placement: the reads before + the transaction, commit included):");
        Console.WriteLine();
        Console.WriteLine("| workers | transactions/s | p50 | p95 | p99 | errors | CPU busy | other CPU | end-to-end orders/s | ratio e2e/floor |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var (concurrency, timings, busy, other, exhausted) in rows)
        {
            var rate = timings.Completed / settings.Duration.TotalSeconds;
            var e2e = settings.EndToEnd.TryGetValue(concurrency, out var r) ? F($"{r:0.0}") : "–";
            var ratio = settings.EndToEnd.TryGetValue(concurrency, out var r2) && rate > 0 ? F($"{r2 / rate:0.00}") : "–";
            Console.WriteLine(F($"| {concurrency} | {rate:0.0}{(exhausted ? " (pool ran out: raise --per-worker)" : "")} | {timings.Percentile(50):0.0} | {timings.Percentile(95):0.0} | {timings.Percentile(99):0.0} | {timings.ErrorText()} | {OrdersReport.Percent(busy)} | {OrdersReport.Percent(other)} | {e2e} | {ratio} |"));
        }

        Console.WriteLine();
        Console.WriteLine("ratio = end-to-end orders/s ÷ floor transactions/s at the same concurrency (the issue's target: ≥ 0.5).");
        OrdersReport.PrintCpuNote();
        Console.WriteLine("RESULT floor_tx_per_s " + string.Join(",", rows.Select(r => F($"{r.Concurrency}={r.Timings.Completed / settings.Duration.TotalSeconds:0.00}"))));
        return rows.Any(r => r.Timings.Errors.Count > 0) ? 1 : 0;
    }

    /// <summary>Copies the template checkout into <paramref name="count"/> PAID checkouts, each with a DONE payments row.</summary>
    private static async Task<string[]> CloneAsync(string connectionString, string template, string prefix, int count)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        // seq_1_to_N: MariaDB's Sequence engine.
        await connection.ExecuteAsync($"""
            INSERT INTO checkouts (order_id, user_id, store_id, order_name, subtotal, coupon_amount, point_amount, amount,
                                   user_coupon_id, request_note, line_snapshot, status, created_at, expires_at, updated_at)
            SELECT CONCAT(@prefix, LPAD(s.seq, 7, '0')), c.user_id, c.store_id, c.order_name, c.subtotal, c.coupon_amount, c.point_amount,
                   c.amount, c.user_coupon_id, c.request_note, c.line_snapshot, 'PAID', c.created_at, c.expires_at, c.updated_at
            FROM checkouts c JOIN seq_1_to_{count} s
            WHERE c.order_id = @template
            """, new { prefix, template });
        await connection.ExecuteAsync("""
            INSERT INTO payments (order_id, payment_key, user_id, amount, balance_amount, status, method, method_name,
                                  approved_at, raw_response, created_at, updated_at)
            SELECT order_id, CONCAT('bench_', order_id), user_id, amount, amount, 'DONE', '카드', '신한카드',
                   UTC_TIMESTAMP(6), '{}', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
            FROM checkouts WHERE order_id LIKE CONCAT(@prefix, '%')
            """, new { prefix });
        return (await connection.QueryAsync<string>(
            "SELECT order_id FROM checkouts WHERE order_id LIKE CONCAT(@prefix, '%') ORDER BY order_id", new { prefix })).ToArray();
    }

    /// <summary>One placement as PlaceOrderService does it once the payment is confirmed; null = placed, else the refusal.</summary>
    private static async Task<string?> PlaceAsync(MySqlConnectionFactory factory, TransientRetryPolicy retry, string orderId)
    {
        await using var session = new DbSession(factory);
        var unitOfWork = new MySqlUnitOfWork(session, retry, NullLogger<MySqlUnitOfWork>.Instance);
        var checkouts = new MySqlCheckoutRepository(session);
        var orders = new MySqlOrderRepository(session);
        var stock = new MySqlMenuStock(session);
        var coupons = new MySqlCouponRepository(session);
        var points = new MySqlPointLedger(session, unitOfWork);
        var carts = new MySqlCartRepository(session);
        var outbox = new MySqlOutbox(session, TimeProvider.System);
        var payments = new MySqlPaymentRecords(session);
        var ct = CancellationToken.None;

        var checkout = await checkouts.FindAsync(orderId, ct) ?? throw new InvalidOperationException($"no checkout {orderId}");
        if (await orders.FindAsync(orderId, ct) is not null)
        {
            return "already ordered";
        }

        var payment = await payments.FindByOrderIdAsync(orderId, ct) ?? throw new InvalidOperationException($"no payment for {orderId}");

        var result = await unitOfWork.ExecuteAsync<Result>(async token =>
        {
            await checkouts.LockAsync(checkout.OrderId, token);
            if (await orders.FindAsync(checkout.OrderId, token) is not null)
            {
                return Result.Fail(new Error("already-ordered", ErrorKind.Conflict, "already ordered"));
            }

            var now = TimeProvider.System.GetUtcNow();
            var demands = StockDemand.InLockOrder(checkout.Lines.Select(line => (line.MenuId, line.Quantity)));
            if ((await stock.TryTakeAsync(demands, token)).Count > 0)
            {
                return Result.Fail(ErrorCatalog.OutOfStock);
            }

            if (checkout.UserCouponId is { } userCouponId && !await coupons.TryMarkUsedAsync(userCouponId, checkout.OrderId, now, token))
            {
                return Result.Fail(ErrorCatalog.CouponAlreadyUsed);
            }

            if (checkout.Amounts.PointAmount > 0
                && !await points.TryDeductAsync(checkout.UserId, checkout.Amounts.PointAmount, "주문 결제 사용", checkout.OrderId, now, token))
            {
                return Result.Fail(ErrorCatalog.PointsExceedBalance);
            }

            var draft = Draft(checkout, payment, now);
            await orders.AddAsync(draft, new OrderTransition(null, OrderStatus.Paid, "CUSTOMER", null, now), token);
            await carts.DeleteCartAsync(checkout.UserId, token);
            await checkouts.MarkOrderedAsync(checkout.OrderId, now, token);
            foreach (var message in OrderEvents.Placed(draft))
            {
                await outbox.EnqueueAsync(message, token);
            }

            _ = await orders.FindAsync(checkout.OrderId, token);
            return Result.Ok();
        }, ct);
        return result.IsSuccess ? null : result.Error!.Code;
    }

    /// <summary>Application's OrderDraft.From (internal there), line for line.</summary>
    private static Order Draft(Checkout checkout, PaymentRecord payment, DateTimeOffset now) => new()
    {
        Id = 0,
        OrderNo = checkout.OrderId,
        UserId = checkout.UserId,
        StoreId = checkout.StoreId,
        StoreName = "",
        Status = OrderStatus.Paid,
        Lines = checkout.Lines.Select(line => new OrderLine(
            line.MenuId,
            line.Name,
            line.Quantity,
            line.Price.UnitPrice,
            line.Price.LineAmount,
            line.Options.Select(option => new OrderLineOption(option.OptionId, option.Name, option.Price)).ToList())).ToList(),
        Subtotal = checkout.Amounts.Subtotal,
        CouponAmount = checkout.Amounts.CouponAmount,
        PointAmount = checkout.Amounts.PointAmount,
        TotalAmount = checkout.Amount,
        UserCouponId = checkout.UserCouponId,
        RequestNote = checkout.RequestNote,
        PaymentKey = payment.PaymentKey,
        PaymentMethod = payment.MethodName,
        ApprovedAt = payment.ApprovedAt,
        CreatedAt = now,
    };
}
