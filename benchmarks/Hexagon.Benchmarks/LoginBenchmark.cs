using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hexagon.Adapters.Web.Identity.Passwords;
using Microsoft.Extensions.Configuration;

namespace Hexagon.Benchmarks;

/// <summary>
/// Sustained logins against a running service, with a second, cheap load (GET /api/v1/me) beside them, to show what
/// the hasher's concurrency bound does for requests that do not hash. Phases: the /me load alone (baseline), then the
/// /me load plus C closed-loop login clients for each C. Each phase warms up, then measures for a fixed duration.
/// Latencies are per-request Stopwatch timings of the requests that started inside the measured window; rates are
/// completions inside the window divided by its length. Nothing here asserts anything: it prints figures.
/// </summary>
internal static class LoginBenchmark
{
    private const string Password = "bench-password-0123";

    internal sealed record Settings(
        Uri BaseUrl,
        int Users,
        IReadOnlyList<int> Concurrency,
        TimeSpan Warmup,
        TimeSpan Duration,
        int MeLoops,
        double MeRatePerSecond,
        string? ConfigDirectory,
        string Label,
        int? ServicePid);

    public static async Task<int> RunAsync(Settings settings)
    {
        ThreadPool.SetMinThreads(Math.Max(64, settings.Concurrency.Max() + settings.MeLoops + 8), 64);
        PrintHeader(settings);

        using var loginClient = Client(settings.BaseUrl);
        using var meClient = Client(settings.BaseUrl);

        var runId = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var emails = Enumerable.Range(0, settings.Users).Select(i => $"bench-{runId}-{i}@example.com").ToArray();
        var signUp = Stopwatch.StartNew();
        var tokens = new string[emails.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, emails.Length), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var response = await loginClient.PostAsJsonAsync("/api/v1/auth/signup",
                new { email = emails[i], password = Password, nickname = $"bench{i}", deviceId = "bench" }, ct);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException(
                    $"sign-up of {emails[i]} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            }

            tokens[i] = await AccessTokenAsync(response, ct);
        });
        signUp.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"sign-up: {emails.Length} users in {signUp.Elapsed.TotalSeconds:0.00} s ({emails.Length / signUp.Elapsed.TotalSeconds:0.0}/s, 8 at a time)"));
        meClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens[0]);

        var meMode = settings.MeRatePerSecond > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{settings.MeLoops} loops at a fixed {settings.MeRatePerSecond:0} req/s in total")
            : $"{settings.MeLoops} loops back-to-back";
        Console.WriteLine($"/me load: {meMode}; each phase: {settings.Warmup.TotalSeconds:0} s warm-up, {settings.Duration.TotalSeconds:0} s measured");
        Console.WriteLine();

        var rows = new List<PhaseResult>
        {
            await RunPhaseAsync("/me alone", settings, loginClient, meClient, emails, loginLoops: 0),
        };
        foreach (var concurrency in settings.Concurrency)
        {
            rows.Add(await RunPhaseAsync($"{concurrency} login clients + /me", settings, loginClient, meClient, emails, concurrency));
        }

        PrintTable(settings.Label, rows);
        var worstMeP99 = rows.Where(row => row.LoginLoops > 0).Select(row => row.Me.Percentile(99)).DefaultIfEmpty(0).Max();
        // One line for deploy/bench.sh to read.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT me_p99_under_login_load_ms={worstMeP99:0.0}"));
        return rows.Sum(row => row.Errors.Values.Sum()) > 0 ? 1 : 0;
    }

    private static HttpClient Client(Uri baseUrl) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 512,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
    })
    {
        BaseAddress = baseUrl,
        Timeout = TimeSpan.FromSeconds(30),
    };

    private static async Task<string> AccessTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return document.RootElement.GetProperty("accessToken").GetString()
            ?? throw new InvalidOperationException("no accessToken in the sign-up answer");
    }

    private static async Task<PhaseResult> RunPhaseAsync(
        string name, Settings settings, HttpClient loginClient, HttpClient meClient, string[] emails, int loginLoops)
    {
        Console.Error.WriteLine($"[bench] phase '{name}' ({settings.Label}) ...");
        var start = Stopwatch.GetTimestamp();
        var windowStart = start + Ticks(settings.Warmup);
        var windowEnd = windowStart + Ticks(settings.Duration);
        var login = new LatencyRecorder(windowStart, windowEnd);
        var me = new LatencyRecorder(windowStart, windowEnd);
        var next = -1;
        var cpu = new CpuSampler(settings.ServicePid);
        var cpuWindow = Task.Run(async () =>
        {
            await Task.Delay(settings.Warmup);
            var first = cpu.Take();
            await Task.Delay(settings.Duration);
            return (first, cpu.Take());
        });

        var tasks = new List<Task>();
        for (var loop = 0; loop < loginLoops; loop++)
        {
            tasks.Add(Task.Run(async () =>
            {
                while (Stopwatch.GetTimestamp() < windowEnd)
                {
                    var email = emails[(int)((uint)Interlocked.Increment(ref next) % (uint)emails.Length)];
                    await login.TimeAsync(ct => loginClient.PostAsJsonAsync("/api/v1/auth/login",
                        new { email, password = Password, deviceId = "bench" }, ct));
                }
            }));
        }

        var interval = settings.MeRatePerSecond > 0 ? TimeSpan.FromSeconds(settings.MeLoops / settings.MeRatePerSecond) : TimeSpan.Zero;
        for (var loop = 0; loop < settings.MeLoops; loop++)
        {
            var offset = interval * loop / settings.MeLoops; // spread the loops' ticks over one interval
            tasks.Add(Task.Run(async () =>
            {
                var due = start + Ticks(offset);
                while (Stopwatch.GetTimestamp() < windowEnd)
                {
                    if (interval > TimeSpan.Zero)
                    {
                        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                        if (wait > TimeSpan.Zero)
                        {
                            await Task.Delay(wait);
                        }

                        due += Ticks(interval);
                    }

                    await me.TimeAsync(ct => meClient.GetAsync("/api/v1/me", ct));
                }
            }));
        }

        await Task.WhenAll(tasks);
        var (from, to) = await cpuWindow;
        return new PhaseResult(name, loginLoops, settings.Duration, login, me, CpuSampler.BusyPercent(from, to), CpuSampler.OtherPercent(from, to));
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private static void PrintHeader(Settings settings)
    {
        var hashing = HashingInForce(settings.ConfigDirectory);
        Console.WriteLine($"== login benchmark: {settings.Label} ==");
        Console.WriteLine($"date (UTC):   {DateTime.UtcNow:yyyy-MM-dd HH:mm}");
        Console.WriteLine($"machine:      {Environment.ProcessorCount} logical CPUs (nproc), {MachineInfo.CpuModel()}, {MachineInfo.MemoryTotal()}, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"service:      {settings.BaseUrl} (same machine: load generator and service share the CPUs)");
        Console.WriteLine($"hashing:      Argon2id m={hashing.MemoryKiB} KiB, t={hashing.Iterations}, p={hashing.Parallelism}, " +
            $"MaxConcurrentHashes={hashing.MaxConcurrentHashes}{(settings.ConfigDirectory is null ? " (class defaults + environment)" : " (appsettings + environment, as the service reads them)")}");
    }

    /// <summary>The PasswordHashing section as the service sees it: its appsettings files, then the environment.</summary>
    private static PasswordHashingOptions HashingInForce(string? configDirectory)
    {
        var builder = new ConfigurationBuilder();
        if (configDirectory is not null)
        {
            var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
            builder.AddJsonFile(Path.Combine(Path.GetFullPath(configDirectory), "appsettings.json"), optional: true)
                .AddJsonFile(Path.Combine(Path.GetFullPath(configDirectory), $"appsettings.{environment}.json"), optional: true);
        }

        var options = new PasswordHashingOptions();
        builder.AddEnvironmentVariables().Build().GetSection(PasswordHashingOptions.Section).Bind(options);
        return options;
    }

    private static void PrintTable(string label, List<PhaseResult> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"Results ({label}); ms = milliseconds, client-side, per request:");
        Console.WriteLine();
        Console.WriteLine("| phase | logins/s | login p50 | login p95 | login p99 | /me req/s | /me p50 | /me p99 | errors | CPU busy | other CPU |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var row in rows)
        {
            var login = row.LoginLoops == 0 || row.Login.Count == 0
                ? "– | – | – | –"
                : F($"{row.Login.Completed / row.Duration.TotalSeconds:0.0} | {row.Login.Percentile(50):0.0} | {row.Login.Percentile(95):0.0} | {row.Login.Percentile(99):0.0}");
            var me = row.Me.Count == 0
                ? "– | – | –"
                : F($"{row.Me.Completed / row.Duration.TotalSeconds:0.0} | {row.Me.Percentile(50):0.0} | {row.Me.Percentile(99):0.0}");
            var errors = row.Errors.Count == 0 ? "0" : string.Join(", ", row.Errors.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}×{e.Value}"));
            var busy = row.CpuBusyPercent is { } b ? F($"{b:0}%") : "?";
            var other = row.OtherCpuPercent is { } o ? F($"{o:0}%") : "?";
            Console.WriteLine($"| {row.Name} | {login} | {me} | {errors} | {busy} | {other} |");
        }

        Console.WriteLine();
        Console.WriteLine("CPU busy: all logical CPUs over the measured window (100% = every core busy); other CPU: the part of it used by");
        Console.WriteLine("processes other than the load generator, the service, mariadbd and redis-server (a high figure spoils the row).");
        Console.WriteLine();
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
