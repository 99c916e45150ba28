using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Errors;
using Hexagon.Application.Promotions.ListMyCoupons;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Promotions;

/// <summary>GET /api/v1/me/coupons takes no parameters; any key → 1111 naming it.</summary>
public static class MyCouponsQueryParser
{
    public static Result<ListMyCouponsQuery> Parse(IQueryCollection query, long userId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fieldErrors = QueryKeyRules.FieldErrors(query, []);
        return fieldErrors.Count > 0 ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors) : new ListMyCouponsQuery(userId);
    }
}
