using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Claro.Localization;

/// <summary>Registers gettext PO localization.</summary>
public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Loads <c>{translationsDirectory}/{culture}.po</c> for each culture now, so that a malformed file stops
    /// start-up, and registers them as the <see cref="IStringLocalizerFactory"/> and <see cref="IStringLocalizer{T}"/>,
    /// replacing any registered before.
    /// </summary>
    /// <exception cref="PoParseException">A file is malformed.</exception>
    public static IServiceCollection AddPoLocalization(this IServiceCollection services, string translationsDirectory, IEnumerable<string> cultures)
    {
        ArgumentNullException.ThrowIfNull(services);
        var translations = PoTranslations.Load(translationsDirectory, cultures);

        services.RemoveAll<PoTranslations>();
        services.RemoveAll<IStringLocalizerFactory>();
        services.RemoveAll(typeof(IStringLocalizer<>));
        services.AddSingleton(translations);
        services.AddSingleton<IStringLocalizerFactory, PoStringLocalizerFactory>();
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(PoStringLocalizer<>));
        return services;
    }
}
