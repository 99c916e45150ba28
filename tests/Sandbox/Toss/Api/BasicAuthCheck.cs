using System.Text;
using Hexagon.Sandbox.Toss.Errors;

namespace Hexagon.Sandbox.Toss.Api;

/// <summary>
/// Toss's secret-key check: <c>Authorization: Basic base64("{secretKey}:")</c>. The colon matters — a value
/// without it is a format error (403), distinct from a wrong or missing key (401).
/// </summary>
internal static class BasicAuthCheck
{
    private const string Scheme = "Basic ";

    /// <summary>Null when the caller may proceed, otherwise the error to answer.</summary>
    public static TossError? Check(HttpRequest request, string secretKey)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) return TossErrors.UnauthorizedKey;

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Scheme.Length..].Trim()));
        }
        catch (FormatException)
        {
            return TossErrors.IncorrectBasicAuthFormat;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return TossErrors.IncorrectBasicAuthFormat;
        return decoded[..colon] == secretKey ? null : TossErrors.UnauthorizedKey;
    }
}
