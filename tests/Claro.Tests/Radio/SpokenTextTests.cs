using Claro.Radio;

namespace Claro.Tests.Radio;

public class SpokenTextTests
{
    [Theory]
    [InlineData("en", "Missouri Statute 67.307 applies.", "Missouri Statute sixty-seven point three zero seven applies.")]
    [InlineData("en", "KCPD officers answer.", "K C P D officers answer.")]
    [InlineData("en", "Call 816-234-5000 or (816) 474-8477.", "Call eight one six, two three four, five zero zero zero or eight one six, four seven four, eight four seven seven.")]
    [InlineData("en", "In an emergency, call 911.", "In an emergency, call nine one one.")]
    [InlineData("en", "A reward of up to $25,000.", "A reward of up to twenty-five thousand dollars.")]
    [InlineData("en", "It costs $1.", "It costs one dollar.")]
    [InlineData("en", "Email kcpdchiefblog@kcpd.org.", "Email kcpdchiefblog at kcpd dot org.")]
    [InlineData("en", "In 2018, at 24th and Quincy, tips rose from 23 to 58.", "In 2018, at 24th and Quincy, tips rose from 23 to 58.")]
    [InlineData("en", "Version 1.2.3 and kcpd in lower case stay words.", "Version one point two point three and kcpd in lower case stay words.")]
    [InlineData("es", "Dice el Estatuto 67.307 de Missouri.", "Dice el Estatuto sesenta y siete punto tres cero siete de Missouri.")]
    [InlineData("es", "Denuncie al KCPD, no al ICE.", "Denuncie al ka ce pe de, no al ais.")]
    [InlineData("es", "La recompensa puede ser de hasta $25,000.", "La recompensa puede ser de hasta veinticinco mil dólares.")]
    [InlineData("es", "Cuesta $1.", "Cuesta un dólar.")]
    [InlineData("es", "Vinieron 58.000 personas y 1.000.000 de turistas.", "Vinieron cincuenta y ocho mil personas y un millón de turistas.")]
    [InlineData("es", "Llame al 911 o al 816-234-5000.", "Llame al nueve uno uno o al ocho uno seis, dos tres cuatro, cinco cero cero cero.")]
    [InlineData("es", "Escriba a kcpdchiefblog@kcpd.org.", "Escriba a kcpdchiefblog arroba kcpd punto org.")]
    [InlineData("es", "Viven en los EE. UU. desde el 21 de junio de 2019.", "Viven en los Estados Unidos desde el 21 de junio de 2019.")]
    public void Says_numbers_addresses_and_abbreviations_the_way_a_listener_needs(string culture, string written, string expected) =>
        Assert.Equal(expected, SpokenText.Say(written, culture, RadioWords.In(culture), RadioWords.PronunciationOf(culture)));

    [Theory]
    [InlineData(150, "en", 60)]
    [InlineData(165, "es", 60)]
    [InlineData(165, "es-MX", 60)]
    [InlineData(140, "ar", 60)]
    [InlineData(151, "en", 61)]
    [InlineData(0, "en", 0)]
    public void Seconds_come_from_each_language_s_speaking_rate(int words, string culture, int seconds) =>
        Assert.Equal(seconds, SpeakingRate.Seconds(words, culture));

    [Fact]
    public void A_pronunciation_list_with_a_line_missing_its_spoken_form_names_the_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("claro-pronunciation-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "pronunciation.es.csv"), "written,spoken\nKCPD,ka ce pe de\nICE,\n");

            var error = Assert.Throws<FormatException>(() => Pronunciation.Load(folder, "es"));

            Assert.StartsWith("pronunciation.es.csv:3:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
