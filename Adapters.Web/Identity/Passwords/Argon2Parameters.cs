using System.Globalization;

namespace Hexagon.Adapters.Web.Identity.Passwords;

/// <summary>The cost parameters an encoded Argon2id hash carries ($argon2id$v=19$m=..,t=..,p=..$salt$hash).</summary>
internal readonly record struct Argon2Parameters(int MemoryKiB, int Iterations, int Parallelism)
{
    public static Argon2Parameters From(PasswordHashingOptions options) =>
        new(options.MemoryKiB, options.Iterations, options.Parallelism);

    /// <summary>
    /// Reads the parameters of a hash this service could have written. Weaker parameters than today's are accepted
    /// (they verify, then get re-hashed); costs above the configurable maximums are refused, so a corrupt or planted
    /// row cannot make one login allocate gigabytes or spin for minutes.
    /// </summary>
    public static bool TryParse(string? encoded, out Argon2Parameters parameters)
    {
        parameters = default;
        var parts = encoded?.Split('$');
        if (parts is not ["", "argon2id", "v=19", var costs, { Length: > 0 }, { Length: > 0 }])
        {
            return false;
        }

        var pairs = costs.Split(',');
        if (pairs.Length != 3
            || !TryRead(pairs[0], "m=", out var memory)
            || !TryRead(pairs[1], "t=", out var iterations)
            || !TryRead(pairs[2], "p=", out var parallelism))
        {
            return false;
        }

        parameters = new Argon2Parameters(memory, iterations, parallelism);
        return parallelism is >= 1 and <= PasswordHashingOptions.MaxParallelism
            && iterations is >= 1 and <= PasswordHashingOptions.MaxIterations
            && memory >= 8 * parallelism && memory <= PasswordHashingOptions.MaxMemoryKiB;
    }

    public override string ToString() => $"m={MemoryKiB},t={Iterations},p={Parallelism}";

    private static bool TryRead(string pair, string prefix, out int value)
    {
        value = 0;
        return pair.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(pair.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
