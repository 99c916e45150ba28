using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Persistence.Configuration;

/// <summary>The "Redis" configuration section.</summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. "127.0.0.1:6380" or "cache:6379,password=...".</summary>
    [Required]
    public string Configuration { get; set; } = "";
}
