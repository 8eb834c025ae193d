using Claro.Radio;

namespace Claro.Site.Workflow;

/// <summary>A published version as a script to read on air, with the speaking rate its length was reckoned at.</summary>
internal sealed record RadioScriptDto(
    string Culture, int Version, string Title, string Script, int Words, int Seconds, int WordsPerMinute, string? Link, string? Spoken)
{
    public static RadioScriptDto From(RadioScript script) => new(
        script.Culture, script.Version, script.Title, script.Script, script.Words, script.Seconds,
        SpeakingRate.WordsPerMinute(script.Culture), script.Link, script.Spoken);
}
