using System.Security.Cryptography;

namespace Hexagon.Sandbox.Fcm.OAuth;

/// <summary>
/// The one service account this sandbox trusts: its email, its public key and, when the sandbox generated the key
/// itself, the private half too — so a local service can be handed a working service-account JSON.
/// </summary>
internal sealed class ServiceAccount : IDisposable
{
    // Generating an RSA key costs 100–400 ms: done on first use, so sandboxes that never see FCM start as fast as before.
    private readonly Lazy<RSA> _key;

    private ServiceAccount(string clientEmail, Func<RSA> key, string? keyId, bool generated)
    {
        ClientEmail = clientEmail;
        _key = new Lazy<RSA>(key, LazyThreadSafetyMode.ExecutionAndPublication);
        KeyId = keyId;
        IsGenerated = generated;
    }

    public string ClientEmail { get; }

    /// <summary>Verifies assertions; holds only the public half when the key came from settings.</summary>
    public RSA Key => _key.Value;

    public string? KeyId { get; }

    /// <summary>True when the sandbox made the key, so it knows the private half and can hand out the JSON.</summary>
    public bool IsGenerated { get; }

    public static ServiceAccount From(FcmSandboxSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.PublicKeyPem))
            return new ServiceAccount(settings.ClientEmail, () => RSA.Create(2048),
                settings.PrivateKeyId ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)), generated: true);
        var key = RSA.Create();
        try
        {
            key.ImportFromPem(settings.PublicKeyPem); // now, so a bad PEM stops the start rather than the first call
        }
        catch (ArgumentException exception)
        {
            key.Dispose();
            throw new InvalidOperationException("Sandbox:Fcm:PublicKeyPem is not a PEM public key.", exception);
        }
        return new ServiceAccount(settings.ClientEmail, () => key, settings.PrivateKeyId, generated: false);
    }

    /// <summary>The service-account JSON a Google client library reads (PKCS#8 private key, as Google writes it),
    /// its token_uri pointing at this sandbox. Only for a generated key.</summary>
    public object ToJson(string projectId, string tokenUri) => new Dictionary<string, string?>
    {
        ["type"] = "service_account",
        ["project_id"] = projectId,
        ["private_key_id"] = KeyId,
        ["private_key"] = IsGenerated ? Key.ExportPkcs8PrivateKeyPem() : null,
        ["client_email"] = ClientEmail,
        ["client_id"] = "100000000000000000001",
        ["auth_uri"] = "https://accounts.google.com/o/oauth2/auth",
        ["token_uri"] = tokenUri,
        ["auth_provider_x509_cert_url"] = "https://www.googleapis.com/oauth2/v1/certs",
        ["client_x509_cert_url"] = "https://www.googleapis.com/robot/v1/metadata/x509/" + Uri.EscapeDataString(ClientEmail),
        ["universe_domain"] = "googleapis.com",
    };

    public void Dispose()
    {
        if (_key.IsValueCreated) _key.Value.Dispose();
    }
}
