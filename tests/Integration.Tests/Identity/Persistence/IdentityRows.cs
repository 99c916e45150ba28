using Hexagon.Integration.Tests.Infrastructure;

namespace Hexagon.Integration.Tests.Identity.Persistence;

/// <summary>Arranges identity rows with raw SQL, so the repositories under test are not used to set up their own tests.</summary>
internal static class IdentityRows
{
    public static Task<long> InsertUserAsync(this ThrowawayDatabase database, string email) => database.ScalarAsync<long>(
        """
        INSERT INTO users (email, password_hash, nickname, created_at, updated_at) VALUES (@email, 'hash', '민지', '2025-03-10', '2025-03-10');
        SELECT LAST_INSERT_ID();
        """,
        new { email });
}
