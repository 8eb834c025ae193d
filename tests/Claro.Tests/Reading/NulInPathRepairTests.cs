using System.Buffers;
using System.Text;
using Claro.Site.Reading;

namespace Claro.Tests.Reading;

public sealed class NulInPathRepairTests
{
    private static string? Repair(string bytes) =>
        NulInPathRepair.Repair(new ReadOnlySequence<byte>(Encoding.ASCII.GetBytes(bytes))) is { } repaired ? Encoding.ASCII.GetString(repaired) : null;

    [Theory]
    [InlineData("GET /es/%00%ff HTTP/1.1\r\nHost: x\r\n\r\n", "GET /es/%7F%ff HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("HEAD /en/a%00b%00 HTTP/1.0\r\n\r\n", "HEAD /en/a%7Fb%7F HTTP/1.0\r\n\r\n")]
    public void A_NUL_in_a_request_path_becomes_a_harmless_character_of_the_same_length(string request, string expected) =>
        Assert.Equal(expected, Repair(request));

    [Theory]
    [InlineData("GET /es/inmigracion HTTP/1.1\r\nHost: x\r\n\r\n")]
    [InlineData("{\"text\":\"50%00 of it\"}\r\n")]
    [InlineData("name=%00&GET /a%00 HTTP/1.1\r\n")]
    [InlineData("GET /es/%00 HTTP/1.1")]
    [InlineData("get /es/%00 HTTP/1.1\r\n")]
    [InlineData("GET /es/ok HTTP/1.1\r\nX-Note: %00\r\n\r\n")]
    public void Anything_else_passes_untouched(string bytes) => Assert.Null(Repair(bytes));
}
