namespace Hexagon.Sandbox.Toss;

/// <summary>The Toss part of <see cref="SandboxSettings"/>. Setters (not init) so configuration binding works.</summary>
public sealed class TossSandboxSettings
{
    /// <summary>Matches Bootstrap/appsettings.Development.json, so a local service and sandbox agree out of the box.</summary>
    public const string DefaultSecretKey = "test_sk_local_sandbox_key";

    /// <summary>The only key /v1/* accepts, sent as <c>Basic base64("{key}:")</c>.</summary>
    public string SecretKey { get; set; } = DefaultSecretKey;

    /// <summary>How long after the buyer's authentication a confirm is accepted. Toss: 10 minutes.</summary>
    public double ConfirmWindowSeconds { get; set; } = 600;

    /// <summary>Where PAYMENT_STATUS_CHANGED events are POSTed; null or empty sends none.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Multiplies Toss's retry schedule (1, 4, 16 ... 4096 minutes); 0.001 turns minutes into 60 ms steps.</summary>
    public double WebhookRetryScale { get; set; } = 1.0;

    internal TimeSpan ConfirmWindow => TimeSpan.FromSeconds(ConfirmWindowSeconds);

    internal Uri? WebhookUri => string.IsNullOrWhiteSpace(WebhookUrl) ? null : new Uri(WebhookUrl, UriKind.Absolute);
}
