using System.Security.Cryptography;

namespace Hexagon.Domain.Checkouts;

/// <summary>
/// Our order id: the key Toss knows the payment by and later the order number. 128 random bits, so nobody can guess
/// someone else's, in the 6–64 characters of [A-Za-z0-9_-] Toss accepts.
/// </summary>
public static class CheckoutOrderId
{
    private const string Prefix = "ord_";

    public static string New()
    {
        Span<byte> bits = stackalloc byte[16];
        RandomNumberGenerator.Fill(bits);
        return Prefix + Convert.ToBase64String(bits).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>True when the text has the shape Toss accepts (checked before any lookup, so junk never reaches SQL).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: >= 6 and <= 64 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
