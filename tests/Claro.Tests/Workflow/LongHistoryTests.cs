using Claro.Tests.Support;
using Claro.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Claro.Tests.Workflow;

/// <summary>
/// A step loads the versions its rules read, not the document's whole history: on a page with a long history the
/// rules still find its first publication, its owner and the source version a translation was made from.
/// </summary>
[Trait("Category", "Database")]
public sealed class LongHistoryTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly ClaroApp _app;

    public LongHistoryTests() => _app = new ClaroApp(new() { ["Claro:SchedulerInterval"] = "1.00:00:00", ["Claro:ReviewAfterMonths"] = "6" }, _clock);

    [Fact]
    public async Task A_document_without_a_review_date_takes_it_from_its_first_publication_however_many_came_after()
    {
        // Version 1 is never published: the first publication is version 2's, which later steps neither start from nor show.
        var id = await _app.CreateDocumentAsync("long-history", "Version 1.", title: "Long history");
        await SaveAsync(id, "en", "long-history", "Long history", 1, "Version 2.");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        for (var number = 3; number <= 6; number++)
        {
            _clock.Advance(TimeSpan.FromDays(30));
            _app.ForgetSignIns();
            await SaveAsync(id, "en", "long-history", "Long history", number - 1, $"Version {number}.");
            await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        }

        // As a document imported without one has no review date.
        await _app.WithDbAsync(db => db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(d => d.SetProperty(x => x.ReviewBy, (DateOnly?)null)));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublicationSchedule>().RemindOfReviewsAsync();
        }

        Assert.Equal(new DateOnly(2027, 6, 1), await _app.WithDbAsync(db => db.Documents.Where(d => d.Id == id).Select(d => d.ReviewBy).SingleAsync()));
    }

    [Fact]
    public async Task An_approved_translation_made_from_an_old_source_version_is_remembered_beside_that_version()
    {
        var id = await _app.CreateDocumentAsync("old-source", "The first wording.", title: "Old source");
        await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        for (var number = 2; number <= 4; number++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            _app.ForgetSignIns();
            await SaveAsync(id, "en", "old-source", "Old source", number - 1, $"Wording number {number}.");
            await _app.ReviewAndPublishAsync(id, ("en", ClaroApp.Author));
        }

        // Version 2: neither the first, the first published, the latest nor the one readers see.
        await SaveAsync(id, "es", "fuente-antigua", "Fuente antigua", 0, "La segunda redacción.", sourceVersion: 2, who: ClaroApp.Translator);
        (await _app.StepAsync(ClaroApp.Translator, id, "es", "submit")).EnsureSuccessStatusCode();
        (await _app.ApproveAsync(ClaroApp.Reviewer, id, "es")).EnsureSuccessStatusCode();

        var remembered = await _app.WithDbAsync(db => db.TranslationMemory.Where(u => u.DocumentId == id).Select(u => new { u.SourceText, u.TargetText }).ToListAsync());
        Assert.Contains(remembered, u => u.SourceText == "Wording number 2." && u.TargetText == "La segunda redacción.");
        Assert.Contains(remembered, u => u.SourceText == "Old source" && u.TargetText == "Fuente antigua");
    }

    private async Task SaveAsync(string id, string culture, string slug, string title, int baseVersion, string body, int? sourceVersion = null, string who = ClaroApp.Author) =>
        (await _app.SaveDraftAsync(who, id, culture, new { slug, title, summary = "", body, changeNote = "", baseVersion, sourceVersion })).EnsureSuccessStatusCode();

    public void Dispose() => _app.Dispose();
}
