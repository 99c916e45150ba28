using System.Text.Json;
using Hexagon.Domain.Checkouts;

namespace Hexagon.Adapters.Persistence.Checkouts;

/// <summary>
/// The JSON form of a checkout's lines in checkouts.line_snapshot. Its own records rather than the domain's, so renaming
/// a domain property never makes stored snapshots unreadable.
/// </summary>
internal static class CheckoutLineSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<CheckoutLine> lines) => JsonSerializer.Serialize(
        lines.Select(line => new LineJson(
            line.MenuId, line.Name, line.Quantity, line.MenuPrice,
            line.Options.Select(option => new OptionJson(option.OptionId, option.Name, option.Price)).ToList())).ToList(),
        Json);

    public static IReadOnlyList<CheckoutLine> Read(string json) =>
        (JsonSerializer.Deserialize<List<LineJson>>(json, Json) ?? [])
        .Select(line => new CheckoutLine(
            line.MenuId, line.Name, line.Quantity, line.MenuPrice,
            line.Options.Select(option => new CheckoutLineOption(option.OptionId, option.Name, option.Price)).ToList()))
        .ToList();

    private sealed record LineJson(long MenuId, string Name, int Quantity, long MenuPrice, List<OptionJson> Options);

    private sealed record OptionJson(long OptionId, string Name, long Price);
}
