using Claro.Content;

namespace Claro.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("¿Inmigración?", "inmigracion")]
    [InlineData("INMIGRACIÓN", "inmigracion")]
    [InlineData("Año de la niñez", "ano-de-la-ninez")]
    [InlineData("Política de uso de fuerza", "politica-de-uso-de-fuerza")]
    [InlineData("Know   your -- rights!", "know-your-rights")]
    [InlineData("  --Trimmed at both ends--  ", "trimmed-at-both-ends")]
    [InlineData("¡Ayuda! ¿Qué hago?", "ayuda-que-hago")]
    [InlineData("Policy 2026, section 4.1", "policy-2026-section-4-1")]
    [InlineData("Crème brûlée", "creme-brulee")]
    public void Fold_lowers_drops_accents_and_joins_words_with_single_hyphens(string text, string expected)
    {
        var slug = Slug.Fold(text);

        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("¿?¡! — …")]
    public void Fold_of_nothing_to_keep_is_empty(string? text)
    {
        var slug = Slug.Fold(text);

        Assert.Equal("", slug);
    }

    [Theory]
    [InlineData("inmigracion", true)]
    [InlineData("know-your-rights-2026", true)]
    [InlineData("Inmigracion", false)]
    [InlineData("inmigración", false)]
    [InlineData("-inmigracion", false)]
    [InlineData("inmigracion-", false)]
    [InlineData("know--rights", false)]
    [InlineData("know rights", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsCanonical_accepts_only_the_folded_form(string? slug, bool expected)
    {
        var canonical = Slug.IsCanonical(slug);

        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void IsCanonical_refuses_a_slug_longer_than_the_maximum()
    {
        var atMaximum = new string('a', Slug.MaxLength);

        Assert.True(Slug.IsCanonical(atMaximum));
        Assert.False(Slug.IsCanonical(atMaximum + "a"));
    }

    [Theory]
    [InlineData("community-notes/new-hours-at-the-east-station", "community-notes/new-hours-at-the-east-station")]
    [InlineData("/Community-Notes/Nuevo Horario/", "community-notes/nuevo-horario")]
    [InlineData("es-MX/Noticias/¿Qué pasó?", "es-mx/noticias/que-paso")]
    [InlineData("blog//¿?/post", "blog/post")]
    [InlineData("../../etc/passwd", "etc/passwd")]
    [InlineData("blog%2Fpost", "blog-2fpost")]
    [InlineData("", "")]
    public void FoldPath_folds_each_segment_like_a_slug_and_drops_empty_ones(string path, string expected)
    {
        var folded = Slug.FoldPath(path);

        Assert.Equal(expected, folded);
    }
}
