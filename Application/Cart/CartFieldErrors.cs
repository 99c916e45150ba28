using Hexagon.Application.Errors;
using Hexagon.Domain.Cart;
using Hexagon.Domain.Common;

namespace Hexagon.Application.Cart;

/// <summary>The request-shape checks of the cart's commands, collected so one 1111 answer lists every bad field.</summary>
internal sealed class CartFieldErrors
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public CartFieldErrors Id(string field, long id, string missingMessage)
    {
        if (id <= 0)
        {
            Add(field, missingMessage);
        }

        return this;
    }

    public CartFieldErrors Quantity(int quantity)
    {
        if (!CartQuantity.IsValid(quantity))
        {
            Add("quantity", $"수량은 {CartQuantity.Min}개부터 {CartQuantity.Max}개까지 담을 수 있어요.");
        }

        return this;
    }

    public void Add(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var messages) ? [.. messages, message] : [message];

    public Error ToError() => ErrorCatalog.ValidationFailed.WithFieldErrors(new Dictionary<string, string[]>(_errors, StringComparer.Ordinal));
}
