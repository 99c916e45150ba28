namespace Hexagon.Benchmarks;

/// <summary>What one benchmark phase measured.</summary>
internal sealed record PhaseResult(
    string Name, int LoginLoops, TimeSpan Duration, LatencyRecorder Login, LatencyRecorder Me, double? CpuBusyPercent, double? OtherCpuPercent)
{
    public Dictionary<string, int> Errors { get; } = Login.Errors.Concat(Me.Errors)
        .GroupBy(e => e.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
}
