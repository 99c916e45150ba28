using QRCoder;

namespace Hexagon.Adapters.Web.Identity.TwoFactor;

/// <summary>
/// The otpauth URI as a PNG data URL, for the setup screen. QRCoder's PngByteQRCode writes the PNG itself, so no
/// System.Drawing (which is Windows-only) is needed.
/// </summary>
public static class QrCodePng
{
    private const int PixelsPerModule = 6;

    public static string DataUrl(string text)
    {
        using var generator = new QRCodeGenerator();

        // Level M: the URI stays a small code, and it survives a little glare on a phone screen.
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(PixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
