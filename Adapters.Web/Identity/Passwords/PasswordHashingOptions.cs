using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>
/// Argon2id cost parameters (section "PasswordHashing"). The minimums are OWASP's first Argon2id line
/// (m = 19 MiB, t = 2, p = 1): a configuration that weakens hashing below it fails at start-up.
/// Peak memory of hashing is MemoryKiB × MaxConcurrentHashes, which is why the concurrency is bounded.
/// </summary>
public sealed class PasswordHashingOptions
{
    public const string Section = "PasswordHashing";

    public const int MinMemoryKiB = 19_456;
    public const int MaxMemoryKiB = 1_048_576;
    public const int MinIterations = 2;
    public const int MaxIterations = 16;
    public const int MaxParallelism = 16;

    [Range(MinMemoryKiB, MaxMemoryKiB)]
    public int MemoryKiB { get; set; } = MinMemoryKiB;

    [Range(MinIterations, MaxIterations)]
    public int Iterations { get; set; } = MinIterations;

    /// <summary>Lanes; above 1 the library starts its own threads per hash.</summary>
    [Range(1, MaxParallelism)]
    public int Parallelism { get; set; } = 1;

    [Range(32, 64)]
    public int HashLength { get; set; } = 32;

    [Range(16, 64)]
    public int SaltLength { get; set; } = 16;

    /// <summary>Hashes (and verifications) running at once; the rest wait. One per core keeps logins from starving requests.</summary>
    [Range(1, 256)]
    public int MaxConcurrentHashes { get; set; } = Environment.ProcessorCount;
}
