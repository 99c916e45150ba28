using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Payments.Configuration;

/// <summary>Toss Payments core API settings (section "Toss"). Locally the base URL points at our sandbox.</summary>
public sealed class TossOptions
{
    public const string Section = "Toss";

    [Required, Url]
    public string BaseUrl { get; set; } = "";

    /// <summary>The secret key (test_sk_… or live_sk_…). A secret: Toss__SecretKey in the environment.</summary>
    [Required, RegularExpression("^(test|live)_(g?sk)_[A-Za-z0-9_]+$", ErrorMessage = "Toss:SecretKey must look like test_sk_... or live_sk_...")]
    public string SecretKey { get; set; } = "";

    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 10;
}
