using Claro.Content;

namespace Claro.Tests.Content;

public class OrchardIdTests
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    [Fact]
    public void New_id_is_26_characters_of_Orchards_base32_alphabet()
    {
        var id = OrchardId.New();

        Assert.Equal(26, id.Length);
        Assert.All(id, c => Assert.Contains(c, Alphabet));
    }

    [Fact]
    public void New_id_starts_with_4_because_it_is_made_from_a_version_4_guid()
    {
        var ids = Enumerable.Range(0, 100).Select(_ => OrchardId.New());

        Assert.All(ids, id => Assert.Equal('4', id[0]));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000", "00000000000000000000000000")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff", "zzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void FromGuid_gives_the_known_ids_of_the_extreme_guids(string guid, string expected)
    {
        var id = OrchardId.FromGuid(Guid.Parse(guid));

        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("3f2504e0-4f89-41d3-9a0c-0305e82c3301")]
    [InlineData("6ba7b810-9dad-11d1-80b4-00c04fd430c8")]
    [InlineData("0b1c3d5e-7f80-4a1b-8c2d-3e4f5a6b7cff")]
    [InlineData("d4e5f6a7-b8c9-4dea-bfbc-123456789abc")]
    public void FromGuid_matches_Orchard_Cores_algorithm(string text)
    {
        var guid = Guid.Parse(text);

        var id = OrchardId.FromGuid(guid);

        Assert.Equal(OrchardCoreId(guid), id);
    }

    [Fact]
    public void FromGuid_shifts_a_negative_half_arithmetically_as_Orchard_Core_does()
    {
        // The last byte is the high byte of the second little-endian half: 0xff makes that half negative.
        var guid = Guid.Parse("0b1c3d5e-7f80-4a1b-8c2d-3e4f5a6b7cff");
        Assert.True(BitConverter.ToInt64(guid.ToByteArray(), 8) < 0);

        var id = OrchardId.FromGuid(guid);

        // Sign extension puts 24..31 in the 5-bit window; a logical shift would give 8..15 ('8'..'f').
        Assert.Contains(id[13], "rstvwxyz");
        Assert.Equal(OrchardCoreId(guid), id);
    }

    [Fact]
    public void Ten_thousand_new_ids_are_distinct()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => OrchardId.New()).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Orchard Core's DefaultIdGenerator, written from its definition.</summary>
    private static string OrchardCoreId(Guid guid)
    {
        var bytes = guid.ToByteArray();
        return Base32(BitConverter.ToInt64(bytes, 0)) + Base32(BitConverter.ToInt64(bytes, 8));

        static string Base32(long half) =>
            string.Concat(Enumerable.Range(0, 13).Select(i => Alphabet[(int)(half >> (60 - (5 * i))) & 31]));
    }
}
