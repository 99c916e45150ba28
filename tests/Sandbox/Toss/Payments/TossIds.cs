using System.Globalization;
using System.Security.Cryptography;

namespace Hexagon.Sandbox.Toss.Payments;

/// <summary>
/// Random identifiers shaped like Toss's. Keys must be unguessable (a test that guesses one must not pass by
/// accident) and unique across sandboxes running side by side, hence the CSPRNG rather than counters.
/// </summary>
internal static class TossIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>e.g. "tgen_20261122132455Ab3dE..." (45 chars; Toss allows up to 200).</summary>
    public static string PaymentKey(DateTimeOffset now) =>
        "tgen_" + now.ToOffset(TimeSpan.FromHours(9)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Random(26);

    public static string TransactionKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The webhook verification value a merchant compares with <c>data.secret</c>.</summary>
    public static string Secret() => "ps_" + Random(20);

    public static string ApproveNo() => RandomNumberGenerator.GetInt32(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    private static string Random(int length) => RandomNumberGenerator.GetString(Alphabet, length);
}
