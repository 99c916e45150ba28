using System.Text.Json;

namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>stores.tags is a JSON array of strings; anything else reads as no tags rather than failing the page.</summary>
internal static class StoreTags
{
    public static IReadOnlyList<string> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<string?>>(json)?.OfType<string>().ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
