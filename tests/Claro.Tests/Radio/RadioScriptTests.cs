using Claro.Radio;

namespace Claro.Tests.Radio;

public class RadioScriptTests
{
    private const string EnglishBody = """
        No. KCPD does **not** enforce immigration law. See [what ICE may ask](/en/ice-help).

        ## What our policy says {#policy}

        Our policy says:

        > "Only immigration officers have the authority to detain and arrest suspected undocumented/unauthorized foreign nationals for violations of the immigration laws."

        ## Questions {#questions}

        - **Will officers ask about my status?** Not if you are a victim or a witness.
        - Call 911 when you need help
        - Missouri Statute 67.307 still applies
        """;

    private const string SpanishBody = """
        No. El KCPD no sale a hacer cumplir las leyes de inmigración.

        ## Lo que dice nuestra política {#politica}

        > "Only immigration officers have the authority to detain." {lang=en}

        Traducción: "Solo los agentes de inmigración tienen la autoridad para detener".

        ## Denuncia anónima {#anonima}

        - La recompensa puede ser de hasta $25,000.
        - Escriba a kcpdchiefblog@kcpd.org
        """;

    public static TheoryData<string, string, string, string, string?, string[]> Examples => new()
    {
        {
            "en", "Does KCPD enforce immigration law?", "Plain answers.", EnglishBody, "kcpd dot org, slash, s, slash, immigration",
            [
                "Does K C P D enforce immigration law?",
                "Plain answers.",
                "No. K C P D does not enforce immigration law. See what ICE may ask.",
                "Next: What our policy says.",
                "Our policy says:",
                "Quote: Only immigration officers have the authority to detain and arrest suspected undocumented/unauthorized foreign nationals for violations of the immigration laws. End of quote.",
                "Next: Questions.",
                "Will officers ask about my status? Not if you are a victim or a witness.",
                "Call nine one one when you need help.",
                "Missouri Statute sixty-seven point three zero seven still applies.",
                "Read it on your phone: kcpd dot org, slash, s, slash, immigration.",
            ]
        },
        {
            "es", "¿La policía de Kansas City hace cumplir las leyes de inmigración?", "", SpanishBody, "kcpd punto org, barra, s, barra, inmigración",
            [
                "¿La policía de Kansas City hace cumplir las leyes de inmigración?",
                "No. El ka ce pe de no sale a hacer cumplir las leyes de inmigración.",
                "A continuación: Lo que dice nuestra política.",
                "Cita, en inglés: Only immigration officers have the authority to detain. Fin de la cita.",
                "Traducción: \"Solo los agentes de inmigración tienen la autoridad para detener\".",
                "A continuación: Denuncia anónima.",
                "La recompensa puede ser de hasta veinticinco mil dólares.",
                "Escriba a kcpdchiefblog arroba kcpd punto org.",
                "Léalo en su teléfono: kcpd punto org, barra, s, barra, inmigración.",
            ]
        },
        {
            "es", "Sin enlace", "Un resumen", "| Día | Hora |\n| --- | --- |\n| Lunes | 9 |\n\n```\nllame al 911\n```", null,
            ["Sin enlace.", "Un resumen.", "Día, Hora.", "Lunes, 9.", "llame al nueve uno uno."]
        },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_published_text_becomes_sentences_meant_to_be_heard(string culture, string title, string summary, string body, string? spoken, string[] expected)
    {
        var script = RadioScript.Write(culture, 3, title, summary, body, spoken is null ? null : "https://kcpd.org/s/x", spoken, RadioWords.In(culture), RadioWords.PronunciationOf(culture));

        Assert.Equal(expected, script.Paragraphs);
        Assert.Equal(string.Join("\n\n", expected), script.Script);
        Assert.DoesNotContain("**", script.Script, StringComparison.Ordinal);
        Assert.DoesNotContain("{#", script.Script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", 150, 60)]
    [InlineData("es", 165, 60)]
    [InlineData("es", 166, 61)]
    public void Words_are_counted_and_timed_at_the_language_s_rate(string culture, int words, int seconds)
    {
        var body = string.Join(' ', Enumerable.Repeat("palabra", words - 1));

        var script = RadioScript.Write(culture, 1, "Título", "", body, null, null, RadioWords.In(culture), RadioWords.PronunciationOf(culture));

        Assert.Equal(words, script.Words);
        Assert.Equal(seconds, script.Seconds);
    }
}
