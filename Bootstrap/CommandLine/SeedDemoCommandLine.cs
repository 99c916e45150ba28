using System.Diagnostics;
using System.Globalization;
using Hexagon.Application.Catalog.SeedDemo;

namespace Hexagon.Bootstrap.CommandLine;

/// <summary>
/// `Bootstrap --seed-demo [--stores N] [--seed S]`: fills an empty catalog with demo stores around Seoul City Hall and
/// makes sure the demo customer exists. A database that already has stores is left as it is, so deploy/run.sh can run
/// it on every start. The demo customer's password is a public demo credential, so it is printed.
/// </summary>
public static class SeedDemoCommandLine
{
    public const string Flag = "--seed-demo";

    /// <summary>The command the flags describe, or null when <see cref="Flag"/> is absent; throws on a bad number.</summary>
    public static SeedDemoCommand? CommandFrom(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!args.Contains(Flag))
        {
            return null;
        }

        return new SeedDemoCommand(
            NumberAfter(args, "--stores", SeedDemoCommand.DefaultStores, minimum: 0),
            NumberAfter(args, "--seed", SeedDemoCommand.DefaultSeed, minimum: int.MinValue));
    }

    public static async Task<int> RunAsync(IServiceProvider services, SeedDemoCommand command, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISeedDemoData>().SeedAsync(command, cancellationToken).ConfigureAwait(false);
        var elapsed = stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(result.AlreadySeeded
            ? $"The catalog already has stores: nothing seeded ({elapsed} s). --seed-demo only fills an empty catalog."
            : $"Seeded {result.StoresCreated} stores and {result.MenusCreated} menus (seed {command.Seed}) in {elapsed} s.").ConfigureAwait(false);
        await output.WriteLineAsync($"Demo customer: {result.DemoCustomerEmail} / {result.DemoCustomerPassword}").ConfigureAwait(false);
        return 0;
    }

    private static int NumberAfter(string[] args, string flag, int fallback, int minimum)
    {
        var index = Array.IndexOf(args, flag);
        if (index < 0)
        {
            return fallback;
        }

        return index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"{flag} needs a whole number{(minimum == 0 ? " ≥ 0" : "")}: {Flag} {flag} 200");
    }
}
