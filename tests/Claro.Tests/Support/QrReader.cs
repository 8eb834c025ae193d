using System.Diagnostics;

namespace Claro.Tests.Support;

/// <summary>Reads a QR code back with Debian's zbarimg, as a phone camera would.</summary>
public static class QrReader
{
    public static async Task<string> ReadAsync(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"claro-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            using var zbar = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", "--raw", file]) { RedirectStandardOutput = true })!;
            var text = (await zbar.StandardOutput.ReadToEndAsync()).Trim();
            await zbar.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
