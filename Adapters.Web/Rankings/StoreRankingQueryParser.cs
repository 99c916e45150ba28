using System.Globalization;
using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Errors;
using Hexagon.Application.Rankings.GetStoreRanking;
using Hexagon.Application.Rankings.Ports;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Rankings;

/// <summary>
/// Reads period (day, week, all; default day), metric (orders, revenue; default orders) and take. An unknown key or
/// value is 1111 with field errors rather than a silent default: a client asking for "month" should learn it is not there.
/// </summary>
public static class StoreRankingQueryParser
{
    private static readonly string[] KnownKeys = ["period", "metric", "take"];

    public static Result<StoreRankingQuery> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = QueryKeyRules.FieldErrors(query, KnownKeys);
        var period = QueryKeyRules.Single(query, "period")?.ToLowerInvariant() switch
        {
            null or "day" => RankingPeriod.Day,
            "week" => RankingPeriod.Week,
            "all" => RankingPeriod.All,
            _ => Invalid(fieldErrors, "period", "period는 day, week, all 중 하나여야 해요.", RankingPeriod.Day),
        };
        var metric = QueryKeyRules.Single(query, "metric")?.ToLowerInvariant() switch
        {
            null or "orders" => RankingMetric.Orders,
            "revenue" => RankingMetric.Revenue,
            _ => Invalid(fieldErrors, "metric", "metric은 orders, revenue 중 하나여야 해요.", RankingMetric.Orders),
        };
        var take = StoreRankingQuery.DefaultTake;
        var takeText = QueryKeyRules.Single(query, "take");
        if (takeText is not null && !int.TryParse(takeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out take))
        {
            fieldErrors.TryAdd("take", ["take는 숫자여야 해요."]);
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new StoreRankingQuery(period, metric, take);
    }

    private static T Invalid<T>(Dictionary<string, string[]> fieldErrors, string key, string message, T fallback)
    {
        fieldErrors.TryAdd(key, [message]);
        return fallback;
    }
}
