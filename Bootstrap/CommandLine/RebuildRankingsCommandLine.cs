using System.Diagnostics;
using System.Globalization;
using Hexagon.Application.Rankings.Ports;
using Hexagon.Application.Rankings.RebuildRankings;

namespace Hexagon.Bootstrap.CommandLine;

/// <summary>
/// `Bootstrap --rebuild-rankings`: recomputes the Redis rankings (recent days and weeks, all-time) from MySQL's
/// orders and swaps them in. Safe to run again; see docs/RANKINGS.md for running it while orders come in.
/// </summary>
public static class RebuildRankingsCommandLine
{
    public const string Flag = "--rebuild-rankings";

    public static bool IsRequested(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Contains(Flag);
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var stopwatch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        RebuildRankingsResult result;
        try
        {
            result = await scope.ServiceProvider.GetRequiredService<IRebuildRankings>().RebuildAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RankingBoardUnavailableException exception)
        {
            // The live boards are untouched (nothing was swapped in); run it again once Redis answers.
            await output.WriteLineAsync($"rebuild-rankings failed: Redis is unavailable ({exception.Message}). Nothing was changed.").ConfigureAwait(false);
            return 1;
        }

        var elapsed = stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        await output.WriteLineAsync(
            $"Rebuilt rankings {string.Join(", ", result.Boards)} from {result.OrdersRead} orders ({result.OrdersCounted} counted) in {elapsed} s.")
            .ConfigureAwait(false);
        return 0;
    }
}
