using System.Net;

namespace Claro.Tests.Admin;

/// <summary>A document's review date and a withdrawal at a time to come, through the forms of its staff page.</summary>
[Trait("Category", "Database")]
public sealed class ReviewAndWithdrawalPagesTests(AdminPagesApp app) : IClassFixture<AdminPagesApp>
{
    [Fact]
    public async Task An_author_sets_the_review_date_on_the_page_and_a_date_gone_by_is_refused_in_Spanish()
    {
        var id = await app.CreateDocumentAsync("review-page", "Text.", title: "Review page");
        await app.ReviewAndPublishAsync(id, ("en", AdminPagesApp.Author));
        var author = await app.SignInAsync(AdminPagesApp.Author);
        var page = $"/admin/documents/{id}";

        var set = await author.PostFormAsync(page, page + "?handler=ReviewBy", ("reviewBy", "2031-05-04"));
        var shown = await author.HtmlAsync(page);
        var past = await author.PostFormAsync(page + "?ui=es", page + "?handler=ReviewBy&ui=es", ("reviewBy", "2001-01-01"));

        Assert.Equal($"{page}?done=review-date-set", set.Headers.Location!.OriginalString);
        Assert.Contains("value=\"2031-05-04\"", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        var refused = await past.Content.ReadAsStringAsync();
        Assert.Contains("id=\"refusal\"", refused, StringComparison.Ordinal);
        Assert.Contains("Fecha de revisión", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"2031-05-04\"", await author.HtmlAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_schedules_a_withdrawal_on_the_page_sees_it_and_cancels_it()
    {
        var id = await app.CreateDocumentAsync("withdraw-page", "Text.", title: "Withdraw page");
        await app.ReviewAndPublishAsync(id, ("en", AdminPagesApp.Author));
        var publisher = await app.SignInAsync(AdminPagesApp.Publisher);
        var page = $"/admin/documents/{id}";

        var scheduled = await publisher.PostFormAsync(page, page + "?handler=Withdraw", ("reason", "Replaced next year."), ("withdrawAt", "2040-01-01T00:00"));
        var shown = await publisher.HtmlAsync(page);
        var reader = await app.Reader().GetAsync("/en/withdraw-page");
        var cancelled = await publisher.PostFormAsync(page, page + "?handler=CancelWithdrawal");
        var after = await publisher.HtmlAsync(page);

        Assert.Equal($"{page}?done=withdrawal-scheduled", scheduled.Headers.Location!.OriginalString);
        Assert.Contains("id=\"withdrawal-scheduled\"", shown, StringComparison.Ordinal);
        Assert.Contains("Replaced next year.", shown, StringComparison.Ordinal);
        Assert.Contains("datetime=\"2040-01-01T00:00:00Z\"", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Equal($"{page}?done=withdrawal-cancelled", cancelled.Headers.Location!.OriginalString);
        Assert.DoesNotContain("id=\"withdrawal-scheduled\"", after, StringComparison.Ordinal);
    }
}
