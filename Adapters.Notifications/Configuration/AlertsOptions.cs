using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Notifications.Configuration;

/// <summary>Operator alerts (section "Alerts"). Without a webhook URL (absent or empty) alerts are only logged.</summary>
public sealed class AlertsOptions : IValidatableObject
{
    public const string Section = "Alerts";

    /// <summary>A Slack-compatible incoming-webhook URL; it is a secret (whoever has it can post), so it is never logged.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>How long the same alert (same key) stays quiet after it was sent.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RepeatInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The webhook to post to, or null when alerts are only logged.</summary>
    public Uri? WebhookUri() => string.IsNullOrWhiteSpace(WebhookUrl) ? null : new Uri(WebhookUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // [Url] would refuse the empty string the shipped appsettings.json uses for "not configured".
        if (!string.IsNullOrWhiteSpace(WebhookUrl)
            && !(Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            yield return new ValidationResult("Alerts:WebhookUrl must be an absolute http(s) URL, or empty.", [nameof(WebhookUrl)]);
        }
    }
}
