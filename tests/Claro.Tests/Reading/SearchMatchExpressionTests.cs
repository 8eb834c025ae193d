using Claro.Reading;

namespace Claro.Tests.Reading;

public class SearchMatchExpressionTests
{
    [Theory]
    [InlineData("inmigración ICE", "\"inmigración\"* \"ICE\"*")]
    [InlineData("  police   stop  ", "\"police\"* \"stop\"*")]
    [InlineData("niño", "\"niño\"*")]
    [InlineData("Pai\u0301s", "\"Pai\u0301s\"*")]
    [InlineData("911", "\"911\"*")]
    public void Every_word_becomes_a_quoted_prefix_term(string query, string expected)
    {
        var match = SqliteSearchIndex.ToMatchExpression(query);

        Assert.Equal(expected, match);
    }

    [Theory]
    [InlineData("\"ice\" OR police", "\"ice\"* \"OR\"* \"police\"*")]
    [InlineData("ice NEAR police", "\"ice\"* \"NEAR\"* \"police\"*")]
    [InlineData("NEAR(ice police)", "\"NEAR\"* \"ice\"* \"police\"*")]
    [InlineData("title:ice", "\"title\"* \"ice\"*")]
    [InlineData("-ice +police", "\"ice\"* \"police\"*")]
    [InlineData("ice* ^police", "\"ice\"* \"police\"*")]
    [InlineData("ice\" OR \"1\"=\"1", "\"ice\"* \"OR\"* \"1\"* \"1\"*")]
    [InlineData("{Title Body}: ice", "\"Title\"* \"Body\"* \"ice\"*")]
    public void Fts5_syntax_in_a_query_is_read_as_plain_words(string query, string expected)
    {
        var match = SqliteSearchIndex.ToMatchExpression(query);

        Assert.Equal(expected, match);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData("\"*():-")]
    [InlineData("¿? ¡! …")]
    public void A_query_without_words_matches_nothing(string? query)
    {
        var match = SqliteSearchIndex.ToMatchExpression(query);

        Assert.Null(match);
    }

    [Fact]
    public void At_most_eight_terms_are_searched()
    {
        var match = SqliteSearchIndex.ToMatchExpression("one two three four five six seven eight nine ten");

        Assert.Equal("\"one\"* \"two\"* \"three\"* \"four\"* \"five\"* \"six\"* \"seven\"* \"eight\"*", match);
    }

    [Theory]
    [InlineData("inmigración ICE", "'inmigración':* & 'ICE':*")]
    [InlineData("ice' | !police & (stop) :* <->", "'ice':* & 'police':* & 'stop':*")]
    [InlineData("O'Brien", "'O':* & 'Brien':*")]
    public void On_PostgreSQL_every_word_becomes_a_quoted_prefix_lexeme(string query, string expected)
    {
        var tsquery = PostgresSearchIndex.ToTsQuery(query);

        Assert.Equal(expected, tsquery);
    }

    [Fact]
    public void On_PostgreSQL_a_query_without_words_matches_nothing()
    {
        Assert.Null(PostgresSearchIndex.ToTsQuery("'&|!():*<->"));
    }
}
