using System.Globalization;
using Hexagon.Application.Catalog.ListStores;
using Hexagon.Application.Errors;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>
/// Reads GET /api/v1/stores' query string into a <see cref="ListStoresQuery"/>. Values arrive as text so that a bad
/// number, a repeated key or an unknown key is our 1111 with field errors; ranges are the use case's to check.
/// </summary>
public static class StoreListQueryParser
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase) { "lat", "lng", "sort", "cursor", "take" };

    public static Result<ListStoresQuery> Parse(IQueryCollection query, long? viewerId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            if (!KnownKeys.Contains(key))
            {
                fieldErrors[key] = ["알 수 없는 검색 조건이에요. lat, lng, sort, cursor, take만 쓸 수 있어요."];
            }
            else if (query[key].Count > 1)
            {
                fieldErrors[key] = ["한 번만 보내 주세요."];
            }
        }

        var latitude = ParseDouble(query, "lat", "lat은 숫자여야 해요.", fieldErrors);
        var longitude = ParseDouble(query, "lng", "lng는 숫자여야 해요.", fieldErrors);
        var take = ListStoresQuery.DefaultTake;
        var takeText = Single(query, "take");
        if (takeText is not null && !int.TryParse(takeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
        {
            fieldErrors.TryAdd("take", ["take는 숫자여야 해요."]);
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new ListStoresQuery(latitude, longitude, Single(query, "sort"), Single(query, "cursor"), take, viewerId);
    }

    private static double? ParseDouble(IQueryCollection query, string key, string message, Dictionary<string, string[]> fieldErrors)
    {
        var text = Single(query, key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        fieldErrors.TryAdd(key, [message]);
        return null;
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : null;
}
