using Hexagon.Application.Errors;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Identity;

/// <summary>Collects the problems of every field of a request, so one answer lists them all (1111 with field errors).</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>The value when <paramref name="result"/> succeeded; otherwise records its message under <paramref name="field"/> and returns null.</summary>
    public T? Take<T>(string field, Result<T> result)
        where T : class
    {
        if (result.IsSuccess)
        {
            return result.Value;
        }

        Add(field, result.Error.Message);
        return null;
    }

    public void Check(string field, Result result)
    {
        if (!result.IsSuccess)
        {
            Add(field, result.Error!.Message);
        }
    }

    public Error ToError() => ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(_errors, StringComparer.Ordinal));

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var messages) ? [.. messages, message] : [message];
}
