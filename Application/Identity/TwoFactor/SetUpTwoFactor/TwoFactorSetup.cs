namespace Hexagon.Application.Identity.TwoFactor.SetUpTwoFactor;

/// <summary>The new secret in base32 (typed by hand) and as an otpauth URI (scanned as a QR code).</summary>
public sealed record TwoFactorSetup(string Secret, string OtpauthUri);
