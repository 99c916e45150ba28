namespace Hexagon.Domain.Common;

/// <summary>The outcome of an operation that can fail in an expected way. Exceptions stay for bugs and infrastructure faults.</summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result Ok() => new(null);

    public static Result Fail(Error error) => new(error ?? throw new ArgumentNullException(nameof(error)));

    public static implicit operator Result(Error error) => Fail(error);

    /// <summary>Runs <paramref name="next"/> only when this result succeeded.</summary>
    public Result Then(Action next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (IsSuccess)
        {
            next();
        }

        return this;
    }
}
