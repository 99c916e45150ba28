using System.Globalization;
using Hexagon.Adapters.Web.Errors;
using Hexagon.Adapters.Web.Identity.Authorization;
using Hexagon.Application.Errors;
using Hexagon.Application.Outbox.ListDeadLetters;
using Hexagon.Application.Outbox.RequeueDeadLetter;
using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hexagon.Adapters.Web.Outbox;

/// <summary>The outbox for operators (ADMIN role): the dead letters, and sending one again once its cause is fixed.</summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var outbox = endpoints.MapGroup("/admin/v1/outbox")
            .RequireAuthorization(AuthorizationPolicies.Admin)
            .WithTags("Admin: outbox");
        outbox.MapGet("/dead-letters", ListDeadLettersAsync)
            .WithName("ListOutboxDeadLetters")
            .WithSummary("Dead-lettered outbox messages, newest first. Pass meta.nextCursor as cursor for the next page.")
            .Produces<DeadLettersPageResponse>()
            .Produces(StatusCodes.Status400BadRequest, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status401Unauthorized, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status403Forbidden, contentType: ProblemResult.ContentType);
        outbox.MapPost("/{id}/requeue", RequeueAsync)
            .WithName("RequeueOutboxMessage")
            .WithSummary("Sends a dead letter again: pending, due now, attempts reset. 409 (4701) when it is not dead.")
            .Produces<RequeuedMessageResponse>()
            .Produces(StatusCodes.Status401Unauthorized, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status403Forbidden, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status404NotFound, contentType: ProblemResult.ContentType)
            .Produces(StatusCodes.Status409Conflict, contentType: ProblemResult.ContentType);
        return endpoints;
    }

    // Query values arrive as text so that "take=abc" becomes our validation error (1111 with field errors) instead of
    // the framework's bare 400; ranges are the use case's to check.
    private static async Task<IResult> ListDeadLettersAsync(string? cursor, string? take, IListDeadLetters listDeadLetters, CancellationToken cancellationToken)
    {
        var query = ParseQuery(cursor, take);
        if (!query.IsSuccess)
        {
            return query.ToHttp(_ => Results.Empty);
        }

        var result = await listDeadLetters.ListAsync(query.Value, cancellationToken).ConfigureAwait(false);
        return result.ToHttp(page => Results.Ok(DeadLettersPageResponse.From(page)));
    }

    // An id that is not a number names no message: 404 like any unknown id.
    private static async Task<IResult> RequeueAsync(string id, IRequeueDeadLetter requeueDeadLetter, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId))
        {
            return new ProblemResult(ErrorCatalog.OutboxMessageNotFound);
        }

        var result = await requeueDeadLetter.RequeueAsync(new RequeueDeadLetterCommand(messageId), cancellationToken).ConfigureAwait(false);
        return result.ToHttp(requeued => Results.Ok(RequeuedMessageResponse.From(requeued)));
    }

    private static Result<ListDeadLettersQuery> ParseQuery(string? cursor, string? take)
    {
        var fieldErrors = new Dictionary<string, string[]>();
        long? parsedCursor = null;
        if (cursor is not null)
        {
            if (long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                parsedCursor = value;
            }
            else
            {
                fieldErrors["cursor"] = ["cursor는 숫자여야 해요."];
            }
        }

        var parsedTake = ListDeadLettersQuery.DefaultTake;
        if (take is not null && !int.TryParse(take, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out parsedTake))
        {
            fieldErrors["take"] = ["take는 숫자여야 해요."];
        }

        return fieldErrors.Count > 0
            ? ErrorCatalog.ValidationFailed.WithFieldErrors(fieldErrors)
            : new ListDeadLettersQuery(parsedCursor, parsedTake);
    }
}
