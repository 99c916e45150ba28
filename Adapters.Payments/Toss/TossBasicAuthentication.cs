using System.Net.Http.Headers;
using System.Text;

namespace Hexagon.Adapters.Payments.Toss;

/// <summary>Toss's Basic scheme: base64 of the secret key followed by a colon (no password). The colon is required.</summary>
public static class TossBasicAuthentication
{
    public static AuthenticationHeaderValue HeaderFor(string secretKey) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(secretKey + ":")));
}
