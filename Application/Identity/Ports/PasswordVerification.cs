namespace Hexagon.Application.Identity.Ports;

/// <param name="Matches">The password is right.</param>
/// <param name="NeedsRehash">The hash was made with other parameters than the configured ones: re-hash after a match.</param>
public readonly record struct PasswordVerification(bool Matches, bool NeedsRehash);
