using Microsoft.AspNetCore.Http;

namespace Hexagon.Adapters.Web.Paging;

/// <summary>
/// The query-string rule of the lists: only the known keys, each at most once. A key we do not know is a
/// client expecting a filter we do not have, so it is refused (1111) rather than silently ignored.
/// </summary>
internal static class QueryKeyRules
{
    public static Dictionary<string, string[]> FieldErrors(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        var fieldErrors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                fieldErrors[key] = [allowed.Count == 0
                    ? "이 목록에는 검색 조건을 쓸 수 없어요."
                    : $"알 수 없는 검색 조건이에요. {string.Join(", ", allowed)}만 쓸 수 있어요."];
            }
            else if (query[key].Count > 1)
            {
                fieldErrors[key] = ["한 번만 보내 주세요."];
            }
        }

        return fieldErrors;
    }

    public static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count == 1 ? values[0] : null;
}
