using Hexagon.Adapters.Web.Paging;
using Hexagon.Application.Outbox.ListDeadLetters;

namespace Hexagon.Adapters.Web.Outbox;

/// <summary>The body of GET /admin/v1/outbox/dead-letters.</summary>
public sealed record DeadLettersPageResponse(IReadOnlyList<DeadLetterResponse> Data, IdPageMeta Meta)
{
    public static DeadLettersPageResponse From(ListDeadLettersResult page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new DeadLettersPageResponse(
            page.Items.Select(DeadLetterResponse.From).ToList(),
            new IdPageMeta(page.Take, page.HasNext, page.NextCursor));
    }
}
