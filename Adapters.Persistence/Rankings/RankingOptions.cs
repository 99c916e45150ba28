using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Persistence.Rankings;

/// <summary>The "Rankings" configuration section.</summary>
public sealed class RankingOptions
{
    public const string Section = "Rankings";

    /// <summary>Every ranking key starts with this (tests give each run its own, so they never see each other's boards).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9:_-]{1,64}$")]
    public string KeyPrefix { get; set; } = "hexagon:ranking";

    /// <summary>How long one Redis call may take before the ranking counts as unavailable (StackExchange.Redis 1.2.6 takes no token).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
