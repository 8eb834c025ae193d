using Microsoft.Extensions.Localization;

namespace Claro.Localization;

/// <summary>
/// Creates localizers over <see cref="PoTranslations"/>. The context (<c>msgctxt</c>) of a localizer for a type
/// is the type's full name; for one created by name, the base name.
/// </summary>
public sealed class PoStringLocalizerFactory(PoTranslations translations) : IStringLocalizerFactory
{
    /// <inheritdoc />
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return new PoStringLocalizer(translations, resourceSource.FullName);
    }

    /// <inheritdoc />
    public IStringLocalizer Create(string baseName, string location)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        return new PoStringLocalizer(translations, baseName);
    }
}
