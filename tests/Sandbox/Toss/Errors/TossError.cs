namespace Hexagon.Sandbox.Toss.Errors;

/// <summary>One Toss error: the HTTP status it travels with and the body <c>{"code","message"}</c>.</summary>
internal sealed record TossError(int HttpStatus, string Code, string Message);
