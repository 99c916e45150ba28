using System.Globalization;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Application.Errors;
using Hexagon.Application.Jobs.ListJobRuns;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Admin;

/// <summary>GET /admin/v1/jobs/runs: the job run log for operators, newest first, keyset-paged by id.</summary>
public static class JobRunsEndpoints
{
    public static IEndpointRouteBuilder MapJobRunsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var jobs = endpoints.MapGroup("/admin/v1/jobs")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithTags("Admin: jobs");
        jobs.MapGet("/runs", ListRunsAsync)
            .WithName("ListJobRuns")
            .WithSummary("Recent job runs, newest first. Pass meta.nextCursor as beforeId for the next page.")
            .Produces<JobRunsPageResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status401Unauthorized, contentType: ProblemResult.ContentType);
        return endpoints;
    }

    // Query values arrive as text so that "take=abc" becomes our validation error (1111 with field errors) instead
    // of the framework's bare 400; ranges are the use case's to check.
    private static async Task<IResult> ListRunsAsync(string? beforeId, string? take, IListJobRuns listJobRuns, CancellationToken cancellationToken)
    {
        var query = ParseQuery(beforeId, take);
        if (!query.IsSuccess)
        {
            return query.ToHttp(_ => Results.Empty);
        }

        var result = await listJobRuns.ListAsync(query.Value, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(page => Results.Ok(JobRunsPageResponse.From(page)));
    }

    private static Result<ListJobRunsQuery> ParseQuery(string? beforeId, string? take)
    {
        var fieldErrors = new Dictionary<string, string[]>();
        long? parsedBeforeId = null;
        if (beforeId is not null)
        {
            if (long.TryParse(beforeId, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                parsedBeforeId = value;
            }
            else
            {
                fieldErrors["beforeId"] = ["beforeId는 숫자여야 해요."];
            }
        }

        var parsedTake = ListJobRunsQuery.DefaultTake;
        if (take is not null && !int.TryParse(take, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parsedTake))
        {
            fieldErrors["take"] = ["take는 숫자여야 해요."];
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new ListJobRunsQuery(parsedBeforeId, parsedTake);
    }
}
