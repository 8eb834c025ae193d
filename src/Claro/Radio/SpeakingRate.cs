namespace Claro.Radio;

/// <summary>
/// How many words a minute an officer reads on air, per language. English broadcast speech runs at about
/// 150 words a minute. Spanish is spoken with more syllables a second and needs about a tenth more words
/// to say the same thing, so a Spanish script of the same length in time holds about 165. Other languages
/// get a slower 140 until someone who broadcasts in them says otherwise.
/// </summary>
public static class SpeakingRate
{
    public const int Default = 140;

    private static readonly Dictionary<string, int> WordsPerMinuteByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = 150,
        ["es"] = 165,
    };

    public static int WordsPerMinute(string culture) =>
        WordsPerMinuteByLanguage.GetValueOrDefault(culture.Split('-')[0], Default);

    /// <summary>Whole seconds it takes to read <paramref name="words"/> words aloud, rounded up.</summary>
    public static int Seconds(int words, string culture) => (int)Math.Ceiling(words * 60.0 / WordsPerMinute(culture));
}
