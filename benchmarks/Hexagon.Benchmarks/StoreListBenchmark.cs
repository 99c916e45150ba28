using System.Data;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Dapper;
using Hexagon.Adapters.Persistence.Catalog;
using Hexagon.Domain.Catalog;
using MySql.Data.MySqlClient;

namespace Hexagon.Benchmarks;

/// <summary>
/// GET /api/v1/stores sorted by distance from one point, against a running service over a seeded catalog: first a
/// walk over the pages (take=20) to count them and keep the cursor of the target page, then for page 1 (no cursor)
/// and the target page (its cursor) a phase of N closed-loop clients, each warming up, then measured for a fixed
/// duration. With a connection string it also prints the EXPLAIN (and ANALYZE) of the list SQL for both pages.
/// Nothing here asserts anything: it prints figures.
/// </summary>
internal static class StoreListBenchmark
{
    internal sealed record Settings(
        Uri BaseUrl,
        double Latitude,
        double Longitude,
        int Take,
        int TargetPage,
        int Concurrency,
        TimeSpan Warmup,
        TimeSpan Duration,
        string? ConnectionString,
        int RadiusMeters,
        int? ServicePid);

    private sealed record Phase(string Name, LatencyRecorder Recorder, TimeSpan Duration, double? CpuBusy, double? OtherCpu);

    public static async Task<int> RunAsync(Settings settings)
    {
        ThreadPool.SetMinThreads(Math.Max(64, settings.Concurrency + 8), 64);
        var point = string.Create(CultureInfo.InvariantCulture, $"lat={settings.Latitude}&lng={settings.Longitude}");
        Console.WriteLine("== store list benchmark ==");
        Console.WriteLine($"date (UTC):   {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        Console.WriteLine($"machine:      {Environment.ProcessorCount} logical CPUs (nproc), {MachineInfo.CpuModel()}, {MachineInfo.MemoryTotal()}, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"service:      {settings.BaseUrl} (same machine: load generator, service and MariaDB share the CPUs)");
        Console.WriteLine($"request:      GET /api/v1/stores?{point}&sort=distance&take={settings.Take}[&cursor=...] (anonymous)");

        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 512,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseCookies = false,
        })
        {
            BaseAddress = settings.BaseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };

        var firstPage = $"/api/v1/stores?{point}&sort=distance&take={settings.Take}";
        // Walk every page once: how many there are, and the cursor that leads to the target page.
        string? targetCursor = null;
        var pages = 0;
        var stores = 0;
        string? cursor = null;
        var walk = Stopwatch.StartNew();
        do
        {
            var url = cursor is null ? firstPage : firstPage + "&cursor=" + Uri.EscapeDataString(cursor);
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"page {pages + 1} answered {(int)response.StatusCode}: {body}");
            }

            using var document = JsonDocument.Parse(body);
            pages++;
            stores += document.RootElement.GetProperty("data").GetArrayLength();
            var next = document.RootElement.GetProperty("meta").GetProperty("nextCursor");
            if (pages == settings.TargetPage - 1 || (pages < settings.TargetPage && next.ValueKind == JsonValueKind.Null))
            {
                // The cursor of the target page is the one returned with the page before it; if the walk ends before the
                // target page, the last page is the target (reached with the previous page's cursor).
                targetCursor = next.ValueKind == JsonValueKind.Null ? cursor : next.GetString();
            }

            cursor = next.ValueKind == JsonValueKind.Null ? null : next.GetString();
        }
        while (cursor is not null);

        walk.Stop();
        var targetPage = Math.Min(settings.TargetPage, pages);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"catalog:      {stores} stores within the search radius in {pages} pages of {settings.Take} (walked in {walk.Elapsed.TotalSeconds:0.0} s)"));
        if (pages < settings.TargetPage)
        {
            Console.WriteLine($"NOTE:         fewer than {settings.TargetPage} pages: the deep phase uses the last page, {pages}");
        }

        Console.WriteLine($"load:         {settings.Concurrency} closed-loop clients per phase; {settings.Warmup.TotalSeconds:0} s warm-up, {settings.Duration.TotalSeconds:0} s measured");
        Console.WriteLine();

        var deepUrl = targetCursor is null ? firstPage : firstPage + "&cursor=" + Uri.EscapeDataString(targetCursor);
        var phases = new List<Phase>
        {
            await RunPhaseAsync("page 1 (no cursor)", firstPage, client, settings),
            await RunPhaseAsync($"page {targetPage} (cursor)", deepUrl, client, settings),
        };

        Console.WriteLine();
        Console.WriteLine("Results; ms = milliseconds, client-side, per request (whole body read):");
        Console.WriteLine();
        Console.WriteLine("| phase | clients | req/s | p50 | p95 | p99 | max | errors | CPU busy | other CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var phase in phases)
        {
            var r = phase.Recorder;
            var errors = r.Errors.Any() ? string.Join(", ", r.Errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}×{e.Value}")) : "0";
            var timings = r.Count == 0
                ? "– | – | – | – | –"
                : F($"{r.Completed / phase.Duration.TotalSeconds:0.0} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.Percentile(100):0.0}");
            var busy = phase.CpuBusy is { } b ? F($"{b:0}%") : "?";
            var other = phase.OtherCpu is { } o ? F($"{o:0}%") : "?";
            Console.WriteLine($"| {phase.Name} | {settings.Concurrency} | {timings} | {errors} | {busy} | {other} |");
        }

        Console.WriteLine();
        Console.WriteLine("CPU busy: all logical CPUs over the measured window (100% = every core busy); other CPU: the part of it used by");
        Console.WriteLine("processes other than the load generator, the service, mariadbd and redis-server (a high figure spoils the row).");
        foreach (var phase in phases.Where(p => p.Recorder.Count > 0))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT {(phase == phases[0] ? "page1" : "deep")}_p99_ms={phase.Recorder.Percentile(99):0.0}"));
        }

        if (settings.ConnectionString is not null)
        {
            Console.WriteLine();
            await ExplainAsync(settings, targetPage);
        }

        return phases.Sum(p => p.Recorder.Errors.Sum(e => e.Value)) > 0 ? 1 : 0;
    }

    private static async Task<Phase> RunPhaseAsync(string name, string url, HttpClient client, Settings settings)
    {
        Console.Error.WriteLine($"[bench] phase '{name}' ...");
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + Ticks(settings.Warmup);
        var windowEnd = windowStart + Ticks(settings.Duration);
        var recorder = new LatencyRecorder(windowStart, windowEnd);
        var cpu = new CpuSampler(settings.ServicePid);
        var cpuWindow = Task.Run(async () =>
        {
            await Task.Delay(settings.Warmup);
            var first = cpu.Take();
            await Task.Delay(settings.Duration);
            return (first, cpu.Take());
        });

        var tasks = Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < windowEnd)
            {
                await recorder.TimeAsync(ct => client.GetAsync(url, ct));
            }
        })).ToList();
        await Task.WhenAll(tasks);
        var (from, to) = await cpuWindow;
        return new Phase(name, recorder, settings.Duration, CpuSampler.BusyPercent(from, to), CpuSampler.OtherPercent(from, to));
    }

    /// <summary>EXPLAIN and ANALYZE of the service's own list SQL (NearbyStoresSql, read by reflection) with the page-1 and target-page parameters.</summary>
    private static async Task ExplainAsync(Settings settings, int targetPage)
    {
        var forMethod = typeof(MySqlStoreCatalog).Assembly
            .GetType("Hexagon.Adapters.Persistence.Catalog.NearbyStoresSql", throwOnError: true)!
            .GetMethod("For", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        string Sql(bool after) => (string)forMethod.Invoke(null, [StoreSort.Distance, after])!;

        var origin = GeoPoint.Create(settings.Latitude, settings.Longitude);
        var box = origin.BoundingBox(settings.RadiusMeters);
        object Parameters(long afterKey, long afterId, int limit) => new
        {
            lat = origin.Latitude,
            lng = origin.Longitude,
            minLat = Math.Round((decimal)box.MinLatitude, 6, MidpointRounding.ToNegativeInfinity),
            maxLat = Math.Round((decimal)box.MaxLatitude, 6, MidpointRounding.ToPositiveInfinity),
            minLng = Math.Round((decimal)box.MinLongitude, 6, MidpointRounding.ToNegativeInfinity),
            maxLng = Math.Round((decimal)box.MaxLongitude, 6, MidpointRounding.ToPositiveInfinity),
            radiusMm = settings.RadiusMeters * 1000L,
            afterKey,
            afterId,
            viewerId = 0L,
            limit,
        };

        await using var connection = new MySqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var total = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM stores");
        var inBox = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM stores s WHERE s.latitude BETWEEN @minLat AND @maxLat AND s.longitude BETWEEN @minLng AND @maxLng",
            Parameters(0, 0, 0));
        var inRadius = (await connection.QueryAsync<dynamic>(Sql(after: false), Parameters(0, 0, int.MaxValue))).Count();
        Console.WriteLine($"EXPLAIN of the list SQL (Adapters.Persistence/Catalog/NearbyStoresSql.cs, sort=distance, limit {settings.Take + 1}, anonymous)");
        Console.WriteLine($"stores: {total} in the table, {inBox} in the bounding box, {inRadius} within {settings.RadiusMeters} m");

        // For comparison, the single bounding-box query the service sent before the ring search (still the query of the
        // other sorts): page 1 by distance over the whole 4 km box.
        var boxTimings = new List<double>();
        for (var run = 0; run < 21; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await connection.QueryAsync<dynamic>(Sql(after: false), Parameters(0, 0, settings.Take + 1));
            boxTimings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        boxTimings.Sort();
        Console.WriteLine(F($"whole-box query (NearbyStoresSql.For, page 1): median {boxTimings[10]:F2} ms, max {boxTimings[20]:F2} ms (21 runs, one client)"));

        // The keyset position of the target page: the last row of the pages before it, as the cursor carries it.
        var before = (await connection.QueryAsync<dynamic>(Sql(after: false), Parameters(0, 0, (targetPage - 1) * settings.Take)))
            .Select(row => (IDictionary<string, object?>)row).LastOrDefault();
        var afterKey = before is null ? 0L : Convert.ToInt64(before["SortKey"], CultureInfo.InvariantCulture);
        var afterId = before is null ? 0L : Convert.ToInt64(before["Id"], CultureInfo.InvariantCulture);

        // The rings the service's search (NearestStoresSearch) reads for page 1 and the target page, each run here with
        // the same SQL and parameters it sends (by reflection, so it is the exact text), then two harder points: 4 km
        // north of the catalog's edge (few stores in the radius, the rings grow to it) and one with no store near at all.
        var north = GeoPoint.Create(Math.Min(90, settings.Latitude + 0.081), settings.Longitude); // about 9 km north
        var empty = GeoPoint.Create(Math.Max(-90, settings.Latitude - 1), settings.Longitude); // about 111 km south
        foreach (var (label, point, startKey, startId) in new[]
        {
            ("page 1: no keyset position", origin, -1L, 0L),
            ($"page {targetPage}: after (distance_mm={afterKey}, id={afterId})", origin, afterKey, afterId),
            (F($"page 1 at ({north.Latitude}, {north.Longitude}), about 9 km north: few stores within the radius"), north, -1L, 0L),
            (F($"page 1 at ({empty.Latitude}, {empty.Longitude}): no store within the radius"), empty, -1L, 0L),
        })
        {
            await WalkRingsAsync(connection, settings, label, point, startKey, startId);
        }
    }

    // Runs the search's rings one by one like the service does; prints each ring's EXPLAIN and ANALYZE and its time,
    // the median of 200 sequential executions from this client (round trip included).
    private static async Task WalkRingsAsync(MySqlConnection connection, Settings settings, string label, GeoPoint origin, long startKey, long startId)
    {
        var search = typeof(MySqlStoreCatalog).Assembly.GetType("Hexagon.Adapters.Persistence.Catalog.NearestStoresSearch", throwOnError: true)!;
        var ring = search.GetMethod("Ring")!;
        var firstOuter = search.GetMethod("FirstOuterMm")!;
        var nextOuter = search.GetMethod("NextOuterMm")!;
        var radiusMm = settings.RadiusMeters * 1000L;
        var limit = settings.Take + 1;
        var found = 0;
        var total = 0d;
        var (key, id) = (startKey, startId);
        var outerMm = (long)firstOuter.Invoke(null, [startKey, radiusMm])!;
        for (var number = 1; ; number++)
        {
            var query = ((string Sql, DynamicParameters Parameters)?)ring.Invoke(null, [origin, key, id, outerMm, limit - found, 0L]);
            Console.WriteLine();
            Console.WriteLine(F($"== {label}, ring {number}: distance_mm after ({key}, id {id}) up to {outerMm}, limit {limit - found}"));
            if (query is not null)
            {
                var (sql, parameters) = query.Value;
                found += (await connection.QueryAsync<dynamic>(sql, parameters)).Count();
                var timings = new List<double>();
                for (var run = 0; run < 200; run++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await connection.QueryAsync<dynamic>(sql, parameters);
                    timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                timings.Sort();
                total += timings[100];
                Console.WriteLine(F($"rows found so far: {found}; index ranges: {sql.Split("latitude_band =").Length - 1}; median {timings[100]:F2} ms, p99 {timings[198]:F2} ms (200 runs, one client)"));
                foreach (var verb in new[] { "EXPLAIN", "ANALYZE" })
                {
                    await PrintPlanAsync(connection, verb, sql, parameters);
                }

                // What the range really read (the tabular r_rows is what the filesort returned) and the server's time.
                var json = await connection.ExecuteScalarAsync<string>("ANALYZE FORMAT=JSON " + sql, parameters) ?? "";
                var figures = System.Text.RegularExpressions.Regex.Matches(json, "\"(r_total_time_ms|r_rows|r_filtered|r_table_time_ms|r_other_time_ms)\": ([0-9.]+)")
                    .Select(match => match.Groups[1].Value + " " + match.Groups[2].Value);
                Console.WriteLine("-- ANALYZE FORMAT=JSON: " + string.Join(", ", figures));
            }

            if (found >= limit || outerMm >= radiusMm)
            {
                Console.WriteLine(F($"-> {number} ring(s), {found} row(s), about {total:F2} ms of queries in all"));
                return;
            }

            (key, id, outerMm) = (outerMm, long.MaxValue, (long)nextOuter.Invoke(null, [startKey, outerMm, found, limit, radiusMm])!);
        }
    }

    private static async Task PrintPlanAsync(MySqlConnection connection, string verb, string sql, object parameters)
    {
        Console.WriteLine($"-- {verb}");
        var rows = (await connection.QueryAsync<dynamic>(verb + " " + sql, parameters)).Select(row => (IDictionary<string, object?>)row).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var columns = rows[0].Keys.Where(k => k is not "partitions" and not "filtered" and not "r_filtered").ToList();
        Console.WriteLine("| " + string.Join(" | ", columns) + " |");
        Console.WriteLine("|" + string.Concat(columns.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", columns.Select(c => Convert.ToString(row[c], CultureInfo.InvariantCulture) ?? "NULL")) + " |");
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
