namespace Hexagon.Sandbox.Faults;

/// <summary>
/// One armed fault, already validated. Without <see cref="Code"/> it is either a pure delay (the real answer
/// comes late) or, with <see cref="ApplyThenFail"/>, a lost answer: the operation happens, the connection is cut.
/// <see cref="RetryAfterSeconds"/> is the Retry-After an overloaded FCM or Slack sends; the Toss side ignores it.
/// </summary>
internal sealed record FaultRule(
    string Operation,
    string? Code,
    string? Message,
    int? HttpStatus,
    TimeSpan Delay,
    bool ApplyThenFail,
    int? RetryAfterSeconds = null)
{
    public bool AnswersWithError => !string.IsNullOrEmpty(Code);
}
