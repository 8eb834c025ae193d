using Claro.Reading;
using Claro.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Claro.Tests.Reading;

/// <summary>The explainers the site ships with are written for residents: plain language in both languages.</summary>
[Trait("Category", "Database")]
public sealed class SampleContentTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    [Fact]
    public async Task Every_sample_explainer_meets_the_plain_language_target_of_its_language()
    {
        var versions = await app.WithDbAsync(db => db.Versions.Select(v => new { v.Item.Culture, v.Slug, v.Title, v.Markdown }).ToListAsync());

        Assert.Equal(10, versions.Count);
        Assert.All(versions, v =>
        {
            var score = Readability.MeasureVersion(v.Culture, v.Title, v.Markdown)!;
            Assert.True(score.MeetsTarget, $"{v.Culture}/{v.Slug}: {score.Measure} {score.Score} against {score.Target}");
        });
    }

    [Fact]
    public async Task The_sample_quotes_the_policy_and_the_statute_exactly()
    {
        var english = await app.Reader().GetStringAsync("/en/immigration");

        Assert.Contains("Only immigration officers have the authority to detain and arrest suspected undocumented/unauthorized foreign nationals for violations of the immigration laws.", english, StringComparison.Ordinal);
        Assert.Contains("cooperate with state and federal agencies and officials on matters pertaining to enforcement of state and federal laws governing immigration.", english, StringComparison.Ordinal);
    }
}
