using System.Text;

namespace Claro.Translation;

/// <summary>A string writer whose XML declaration says UTF-8, the encoding the file is sent in, without a byte-order mark.</summary>
internal sealed class Utf8StringWriter : StringWriter
{
    public override Encoding Encoding => new UTF8Encoding(false);
}
