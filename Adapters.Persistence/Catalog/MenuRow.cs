namespace Hexagon.Adapters.Persistence.Catalog;

/// <summary>A menus row. A menu is sold out when flagged so or when no stock is left.</summary>
internal sealed class MenuRow
{
    public const string Columns = """
        m.id AS Id, m.store_id AS StoreId, m.category_id AS CategoryId, m.name AS Name, m.description AS Description,
        m.price AS Price, m.stock AS Stock, m.sold_out AS SoldOut, m.image_url AS ImageUrl
        """;

    public long Id { get; init; }

    public long StoreId { get; init; }

    public long CategoryId { get; init; }

    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public long Price { get; init; }

    public int Stock { get; init; }

    public bool SoldOut { get; init; }

    public string? ImageUrl { get; init; }

    public bool IsSoldOut => SoldOut || Stock <= 0;
}
