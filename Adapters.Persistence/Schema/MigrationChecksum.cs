using System.Security.Cryptography;

namespace Hexagon.Adapters.Persistence.Schema;

/// <summary>
/// The SHA-256 (lower-case hex) of a migration file after normalisation: CRLF and lone CR become LF, and a UTF-8
/// byte order mark is dropped. A checkout on Windows (core.autocrlf) or an editor adding a BOM must not look like
/// an edit of an applied migration; anything else that changes the bytes does.
/// </summary>
public static class MigrationChecksum
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static string Compute(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(Normalize(content)));

    /// <summary>The bytes with LF line endings and no BOM. Safe on UTF-8: CR and LF never occur inside a multi-byte sequence.</summary>
    public static byte[] Normalize(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        var normalized = new byte[content.Length];
        var length = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'\r')
            {
                normalized[length++] = (byte)'\n';
                if (i + 1 < content.Length && content[i + 1] == (byte)'\n')
                {
                    i++;
                }
            }
            else
            {
                normalized[length++] = content[i];
            }
        }

        return normalized[..length];
    }
}
