namespace Hexagon.Application.Catalog.SeedDemo;

/// <param name="AlreadySeeded">True when the catalog already had stores, so nothing was written.</param>
/// <param name="DemoCustomerPassword">A public demo credential (also in the README), not a secret.</param>
public sealed record SeedDemoResult(
    int StoresCreated,
    int MenusCreated,
    string DemoCustomerEmail,
    string DemoCustomerPassword,
    bool AlreadySeeded);
