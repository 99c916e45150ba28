using Hexagon.Domain.Common;
using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Errors;

/// <summary>Turns use-case results into HTTP results: the success mapping is the endpoint's, failures are always problems.</summary>
public static class ResultHttpExtensions
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess(result.Value) : new ProblemResult(result.Error);
    }

    public static IResult ToHttp(this Result result, Func<IResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result.IsSuccess ? onSuccess() : new ProblemResult(result.Error!);
    }
}
