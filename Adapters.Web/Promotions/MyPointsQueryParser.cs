using System.Globalization;
using Hexagon.Application.Errors;
using Hexagon.Application.Promotions.ListMyPoints;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>Reads GET /api/v1/me/points' query string (cursor, take); anything else, a repeat or a bad number → 1111.</summary>
public static class MyPointsQueryParser
{
    private static readonly string[] KnownKeys = ["cursor", "take"];

    public static Result<ListMyPointsQuery> Parse(IQueryCollection query, long userId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = QueryKeyRules.FieldErrors(query, KnownKeys);
        var take = ListMyPointsQuery.DefaultTake;
        var takeText = QueryKeyRules.Single(query, "take");
        if (takeText is not null && !int.TryParse(takeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
        {
            fieldErrors.TryAdd("take", ["take는 숫자여야 해요."]);
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new ListMyPointsQuery(userId, QueryKeyRules.Single(query, "cursor"), take);
    }
}
