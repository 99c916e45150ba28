namespace Hexagon.Sandbox.Faults;

/// <summary>
/// Body of <c>POST /sandbox/v1/faults</c>. <see cref="Operation"/> names the call ("confirm", "cancel", "get"
/// for Toss); the next <see cref="Times"/> calls of it are affected. See docs/SANDBOX.md for the semantics.
/// </summary>
internal sealed record FaultRequest(
    string? Operation,
    string? Code,
    string? Message,
    int? HttpStatus,
    int? Times,
    int? DelayMs,
    bool ApplyThenFail);
