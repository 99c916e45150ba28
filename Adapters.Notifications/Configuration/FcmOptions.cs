using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Notifications.Configuration;

/// <summary>FCM HTTP v1 settings (section "Fcm"). Locally the URLs point at our sandbox.</summary>
public sealed class FcmOptions
{
    public const string Section = "Fcm";

    [Required]
    public string ProjectId { get; set; } = "";

    [Required, Url]
    public string BaseUrl { get; set; } = "https://fcm.googleapis.com";

    [Required, Url]
    public string TokenUri { get; set; } = "https://oauth2.googleapis.com/token";

    /// <summary>Path of the service-account JSON file; a secret's location, never its content, may be logged.</summary>
    public string? ServiceAccountPath { get; set; }

    /// <summary>The service-account JSON itself (alternative to the path), e.g. from Fcm__ServiceAccountJson.</summary>
    public string? ServiceAccountJson { get; set; }
}
