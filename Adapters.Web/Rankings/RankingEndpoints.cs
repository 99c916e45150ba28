using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Pipeline;
using Hexagon.Application.Rankings.GetStoreRanking;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Rankings;

/// <summary>
/// GET /api/v1/rankings/stores: public, like the store list (a ranking shows store names and counts, nothing about
/// any customer), so the app can show it before sign-in.
/// </summary>
public sealed class RankingEndpoints : IEndpointModule
{
    public void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/rankings/stores", GetStoreRankingAsync)
            .WithTags("Rankings")
            .AllowAnonymous()
            .WithSummary("The best stores of today, this week (Korean time) or all time, by order count or revenue.")
            .Produces<StoreRankingResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status503ServiceUnavailable, contentType: ProblemResult.ContentType);
    }

    private static async Task<IResult> GetStoreRankingAsync(HttpContext context, IGetStoreRanking getStoreRanking, CancellationToken cancellationToken)
    {
        var query = StoreRankingQueryParser.Parse(context.Request.Query);
        if (!query.IsSuccess)
        {
            return query.ToHttp(_ => Results.Empty);
        }

        var result = await getStoreRanking.GetAsync(query.Value, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(ranking => Results.Json(StoreRankingResponse.From(ranking), WebJson.Options));
    }
}
