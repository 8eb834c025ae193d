using System.Text;
using Claro.Site.Reading;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace Claro.Tests.Reading;

public sealed class ReaderCacheStoreTests
{
    private static readonly byte[] OldPage = Encoding.UTF8.GetBytes("v1");

    [Fact]
    public async Task A_page_whose_request_started_before_a_publish_is_not_stored_after_the_publish_evicted_the_cache()
    {
        using var services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
        using var store = new ReaderCacheStore(services.GetRequiredService<IOutputCacheStore>());

        await store.SetAsync("/en/page", OldPage, [ReaderCaching.ReaderTag, "evictions:0"], TimeSpan.FromHours(1), default);
        var beforePublish = await store.GetAsync("/en/page", default);
        await store.EvictByTagAsync(ReaderCaching.ReaderTag, default);   // a publish
        await store.SetAsync("/en/page", OldPage, [ReaderCaching.ReaderTag, "evictions:0"], TimeSpan.FromHours(1), default);   // rendered from the old version
        var afterLateStore = await store.GetAsync("/en/page", default);
        await store.SetAsync("/en/page", Encoding.UTF8.GetBytes("v2"), [ReaderCaching.ReaderTag, "evictions:1"], TimeSpan.FromHours(1), default);

        Assert.Equal(OldPage, beforePublish);
        Assert.Null(afterLateStore);
        Assert.Equal("v2", Encoding.UTF8.GetString((await store.GetAsync("/en/page", default))!));
        await store.EvictByTagAsync(ReaderCaching.ReaderTag, default);
        Assert.Null(await store.GetAsync("/en/page", default));   // the stamp was not kept as a tag: eviction by the reader tag still finds it
    }
}
