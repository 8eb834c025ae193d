namespace Claro.Content;

/// <summary>
/// Ids in Orchard Core's format: a GUID's two 64-bit halves, 13 base-32 characters each,
/// so that ids look native on both sides when content moves between Claro and Orchard Core.
/// </summary>
public static class OrchardId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    public static string New() => FromGuid(Guid.NewGuid());

    public static string FromGuid(Guid guid)
    {
        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes);
        Span<char> chars = stackalloc char[26];
        WriteHalf(BitConverter.ToInt64(bytes[..8]), chars[..13]);
        WriteHalf(BitConverter.ToInt64(bytes[8..]), chars[13..]);
        return new string(chars);
    }

    // Orchard Core shifts the signed halves arithmetically, so a negative half starts with g..z; keep that.
    private static void WriteHalf(long value, Span<char> chars)
    {
        for (var i = 0; i < 13; i++)
        {
            chars[i] = Alphabet[(int)(value >> (60 - (5 * i))) & 31];
        }
    }
}
