using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Configuration;

/// <summary>Limits of the HTTP pipeline (section "Http").</summary>
public sealed class HttpOptions
{
    public const string Section = "Http";

    /// <summary>Default time a request may take before it is cancelled and answered 504 / 9006.</summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 10;

    /// <summary>Largest request body accepted; larger ones answer 413 / 9003.</summary>
    [Range(1_024, 64 * 1_024 * 1_024)]
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>Origins the browser may call us from; empty means no cross-origin access.</summary>
    public string[] CorsAllowedOrigins { get; set; } = [];

    /// <summary>Headers added to every response (nosniff, frame denial, referrer policy, CSP, ...).</summary>
    public Dictionary<string, string> SecurityHeaders { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
