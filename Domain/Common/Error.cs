namespace Hexagon.Domain.Common;

/// <summary>
/// An expected failure: a stable 4-digit code the app can branch on, a kind, and a Korean message a phone can show.
/// Field errors are only set for request validation failures.
/// </summary>
public sealed record Error(string Code, ErrorKind Kind, string Message)
{
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>
    /// What the app needs to act on this occurrence beyond the message (e.g. which menus are short); the web adapter
    /// writes it as the problem's "details" member. Never secrets or someone else's data.
    /// </summary>
    public object? Details { get; init; }

    /// <summary>The same error with a more specific message for this occurrence (the code stays).</summary>
    public Error WithMessage(string message) => this with { Message = message };

    public Error WithDetails(object details) => this with { Details = details };

    public Error WithFieldErrors(IReadOnlyDictionary<string, string[]> fieldErrors) => this with { FieldErrors = fieldErrors };
}
