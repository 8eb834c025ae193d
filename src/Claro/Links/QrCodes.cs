using QRCoder;

namespace Claro.Links;

/// <summary>QR codes of short-link URLs for flyers and screens, as SVG and PNG.</summary>
public static class QrCodes
{
    public static string Svg(string url)
    {
        using var data = Encode(url);
        return new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true);
    }

    public static byte[] Png(string url)
    {
        using var data = Encode(url);
        return new PngByteQRCode(data).GetGraphic(10);
    }

    private static QRCodeData Encode(string url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
    }
}
