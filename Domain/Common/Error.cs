namespace Hexagon.Domain.Common;

/// <summary>
/// An expected failure: a stable 4-digit code the app can branch on, a kind, and a Korean message a phone can show.
/// Field errors are only set for request validation failures.
/// </summary>
public sealed record Error(string Code, ErrorKind Kind, string Message)
{
    public IReadOnlyDictionary<string, string[]>? FieldErrors { get; init; }

    /// <summary>The same error with a more specific message for this occurrence (the code stays).</summary>
    public Error WithMessage(string message) => this with { Message = message };

    public Error WithFieldErrors(IReadOnlyDictionary<string, string[]> fieldErrors) => this with { FieldErrors = fieldErrors };
}
