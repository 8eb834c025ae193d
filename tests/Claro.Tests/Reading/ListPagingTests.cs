using Claro.Reading;
using Claro.Tests.Support;

namespace Claro.Tests.Reading;

/// <summary>
/// The list of explainers counts its pages right whether or not it had to count them: a page that is neither full
/// nor empty is the last one, and the total follows from it; a full or an empty page asks the database.
/// </summary>
[Trait("Category", "Database")]
public sealed class ListPagingTests(ClaroApp app) : IClassFixture<ClaroApp>
{
    // The sample content has five explainers in Spanish.
    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 2, 2)]
    [InlineData(3, 2, 1)]
    [InlineData(4, 2, 0)]
    [InlineData(1, 5, 5)]
    [InlineData(2, 5, 0)]
    [InlineData(1, 10, 5)]
    [InlineData(2, 3, 2)]
    public async Task Every_page_of_the_list_knows_the_total_and_the_number_of_pages(int page, int pageSize, int onThisPage)
    {
        var list = await app.WithDbAsync(db => db.ListPageAsync("es", page, pageSize));

        Assert.Equal(onThisPage, list.Pages.Count);
        Assert.Equal(5, list.Total);
        Assert.Equal((5 + pageSize - 1) / pageSize, list.PageCount);
    }

    [Fact]
    public async Task The_pages_of_the_list_hold_every_explainer_once_in_order()
    {
        var all = await app.WithDbAsync(db => db.ListPageAsync("es", 1, 50));
        var paged = new List<PageSummary>();
        for (var page = 1; page <= 3; page++)
        {
            paged.AddRange((await app.WithDbAsync(db => db.ListPageAsync("es", page, 2))).Pages);
        }

        Assert.Equal(all.Pages.Select(p => p.Slug), paged.Select(p => p.Slug));
        Assert.Equal(5, paged.Select(p => p.DocumentId).Distinct().Count());
    }
}
