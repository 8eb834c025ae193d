using Claro.Translation;

namespace Claro.Tests.Translation;

public class SimilarityTests
{
    [Theory]
    [InlineData("Officers never ask victims about their status.", "Officers never ask victims about their status.", 1.0)]
    [InlineData("Officers never ask victims about their status.", "Officers never ask witnesses about their status.", 0.88)]
    [InlineData("Officers never ask victims about their status.", "Officers do not ask victims or witnesses about their status.", 0.64)]
    [InlineData("Call the police.", "Call the police when you need help.", 0.5)]
    [InlineData("Call the police.", "Llame a la policía.", 0.2)]
    public void Scores_the_share_of_words_that_need_no_edit(string remembered, string current, double expected) =>
        Assert.Equal(expected, Similarity.Score(remembered, current));

    [Fact]
    public void Differences_mark_what_the_remembered_source_has_and_the_new_one_lacks_and_the_other_way_round()
    {
        var pieces = Similarity.Differences("Officers never ask victims about their status.", "Officers never ask witnesses about their status.");

        Assert.Equal(
            [new("Officers never ask ", Change.Same), new("victims", Change.Removed), new("witnesses", Change.Added), new(" about their status.", Change.Same)],
            pieces);
    }

    [Theory]
    [InlineData(10, 7, 14)]
    [InlineData(1, 1, 1)]
    [InlineData(20, 14, 28)]
    public void Only_units_of_a_comparable_length_can_be_close(int words, int min, int max) =>
        Assert.Equal((min, max), Similarity.ComparableLengths(words));
}
