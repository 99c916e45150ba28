using System.ComponentModel.DataAnnotations;

namespace Hexagon.Adapters.Web.Catalog;

/// <summary>The store list's settings (section "Catalog").</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>Only stores this close (metres, great-circle) to the caller's point are listed.</summary>
    [Range(100, 50_000)]
    public int SearchRadiusMeters { get; set; } = 4_000;
}
