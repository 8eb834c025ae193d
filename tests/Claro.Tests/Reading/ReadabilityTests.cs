using Claro.Reading;

namespace Claro.Tests.Reading;

public class ReadabilityTests
{
    [Theory]
    [InlineData("police", 2)]
    [InlineData("immigration", 4)]
    [InlineData("status", 2)]
    [InlineData("the", 1)]
    [InlineData("cooperate", 4)]
    [InlineData("cooperation", 5)]
    [InlineData("coordinate", 4)]
    [InlineData("cook", 1)]
    [InlineData("cool", 1)]
    [InlineData("officer", 3)]
    [InlineData("asked", 1)]
    [InlineData("wanted", 2)]
    [InlineData("people", 2)]
    [InlineData("rights", 1)]
    [InlineData("2026", 1)]
    public void English_syllables(string word, int expected)
    {
        var syllables = Readability.EnglishSyllables(word);

        Assert.Equal(expected, syllables);
    }

    [Theory]
    [InlineData("policía", 4)]
    [InlineData("inmigración", 4)]
    [InlineData("agente", 3)]
    [InlineData("ley", 1)]
    [InlineData("país", 2)]
    [InlineData("ciudad", 2)]
    [InlineData("miedo", 2)]
    [InlineData("leer", 2)]
    [InlineData("cuidado", 3)]
    [InlineData("Policía", 4)]
    public void Spanish_syllables(string word, int expected)
    {
        var syllables = Readability.SpanishSyllables(word);

        Assert.Equal(expected, syllables);
    }

    [Theory]
    [InlineData("en", Readability.FleschKincaidGrade, 8)]
    [InlineData("en-US", Readability.FleschKincaidGrade, 8)]
    [InlineData("es", Readability.FernandezHuerta, 70)]
    [InlineData("es-MX", Readability.FernandezHuerta, 70)]
    public void Measure_uses_the_plain_language_target_of_the_language(string culture, string measure, double target)
    {
        var score = Readability.Measure(culture, "The police help you.");

        Assert.NotNull(score);
        Assert.Equal(measure, score.Measure);
        Assert.Equal(target, score.Target);
    }

    [Fact]
    public void Measure_gives_no_score_for_a_language_without_a_formula()
    {
        var score = Readability.Measure("vi", "Cảnh sát giúp bạn.");

        Assert.Null(score);
    }

    [Theory]
    [InlineData("en", "Police do not ask about your status. You can call us. We will help you.")]
    [InlineData("es", "La policía no pregunta por su estatus. Puede llamarnos. Le vamos a ayudar.")]
    public void Short_plain_sentences_meet_the_target(string culture, string text)
    {
        var score = Readability.Measure(culture, text);

        Assert.NotNull(score);
        Assert.True(score.MeetsTarget, $"{score.Measure} {score.Score}");
    }

    [Theory]
    [InlineData("en",
        "Notwithstanding any contrary provision, departmental personnel shall refrain from initiating investigative detentions predicated exclusively upon individuals' perceived immigration classification, nationality, or documentation status, except as affirmatively authorized by applicable federal regulations.")]
    [InlineData("es",
        "No obstante cualquier disposición contraria, el personal departamental se abstendrá de iniciar detenciones investigativas fundamentadas exclusivamente en la presunta clasificación migratoria, nacionalidad o situación documental de las personas, salvo autorización expresa conforme a la normativa federal aplicable.")]
    public void A_dense_legal_sentence_misses_the_target(string culture, string text)
    {
        var score = Readability.Measure(culture, text);

        Assert.NotNull(score);
        Assert.False(score.MeetsTarget, $"{score.Measure} {score.Score}");
    }

    [Theory]
    [InlineData("en",
        "Officers will not ask about your status and they will not hold you for federal agents and they will help you when you call",
        "Officers will not ask about your status. They will not hold you for federal agents. They will help you when you call.")]
    [InlineData("es",
        "Los agentes no preguntan por su estatus y no lo detienen para agentes federales y le ayudan cuando usted llama",
        "Los agentes no preguntan por su estatus. No lo detienen para agentes federales. Le ayudan cuando usted llama.")]
    public void Splitting_a_long_sentence_makes_the_text_easier(string culture, string oneSentence, string threeSentences)
    {
        var whole = Readability.Measure(culture, oneSentence)!;
        var split = Readability.Measure(culture, threeSentences)!;

        // Flesch-Kincaid is a grade (lower is easier); Fernández-Huerta an ease score (higher is easier).
        var easier = culture == "en" ? split.Score < whole.Score : split.Score > whole.Score;
        Assert.True(easier, $"{whole.Measure}: one sentence {whole.Score}, three sentences {split.Score}");
    }
}
