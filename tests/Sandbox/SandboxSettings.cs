using Hexagon.Sandbox.Fcm;
using Hexagon.Sandbox.Toss;

namespace Hexagon.Sandbox;

/// <summary>
/// Everything the sandbox can be told at start. Bound from the configuration section "Sandbox" when run on its
/// own (<c>--Sandbox:Toss:SecretKey=...</c>, env <c>Sandbox__Toss__SecretKey</c>); built in code by tests.
/// One sub-section per imitated service, so the FCM sandbox can join without renaming anything.
/// </summary>
public sealed class SandboxSettings
{
    public const string SectionName = "Sandbox";

    /// <summary>The address a standalone sandbox listens on when no <c>--urls</c> is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8081";

    public TossSandboxSettings Toss { get; set; } = new();

    public FcmSandboxSettings Fcm { get; set; } = new();
}
