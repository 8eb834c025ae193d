using System.Text;
using Claro.Translation;

namespace Claro.Tests.Translation;

public class TmxTests
{
    private const string Header = """<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="CAT" creationtoolversion="9" segtype="sentence" o-tmf="cat" adminlang="en-US" srclang="en-US" datatype="html"/>""";

    private static (IReadOnlyList<(string Source, string Target)>? Pairs, string? Refusal) Read(string tmx)
    {
        var outcome = Tmx.Read(new MemoryStream(Encoding.UTF8.GetBytes(tmx)), "en", "es");
        return (outcome.Value, outcome.Refusal?.Detail);
    }

    [Fact]
    public void Reads_the_words_of_each_pair_by_language_leaving_native_codes_out()
    {
        var (pairs, refusal) = Read(Header + """
            <body>
            <tu tuid="7"><prop type="x-domain">police</prop>
              <tuv xml:lang="EN-us"><seg>Call <bpt i="1">&lt;b&gt;</bpt>911<ept i="1">&lt;/b&gt;</ept> now.</seg></tuv>
              <tuv xml:lang="fr"><seg>Appelez le 911.</seg></tuv>
              <tuv xml:lang="es-MX"><seg>Llame al <hi type="x-bold">911</hi> ahora.<ph>&lt;br/&gt;</ph></seg></tuv>
            </tu>
            <tu><tuv lang="en"><seg>Report a crime.</seg></tuv><tuv lang="es"><seg>Denuncie un delito.</seg></tuv></tu>
            </body></tmx>
            """);

        Assert.Null(refusal);
        Assert.Equal([("Call 911 now.", "Llame al 911 ahora."), ("Report a crime.", "Denuncie un delito.")], pairs);
    }

    [Fact]
    public void What_Claro_writes_it_reads_back()
    {
        var units = new[] { Unit("Officers protect everyone.", "Los agentes protegen a todos.", "4doc", 2), Unit("A & B < C", "A y B < C", null, null) };

        var (pairs, refusal) = Read(Tmx.Write("en", "es", units));

        Assert.Null(refusal);
        Assert.Equal([("Officers protect everyone.", "Los agentes protegen a todos."), ("A & B < C", "A y B < C")], pairs);
    }

    [Theory]
    [InlineData("<tmx version=\"1.4\"><header", "not well-formed XML")]
    [InlineData("<xliff version=\"2.0\"/>", "root element is <xliff>")]
    [InlineData("<tmx version=\"1.1\"><header srclang=\"en\"/><body/></tmx>", "version '1.1'")]
    [InlineData("<tmx version=\"1.4\"><body/></tmx>", "no <header srclang")]
    [InlineData("<tmx version=\"1.4\"><header srclang=\"fr\"/><body><tu><tuv xml:lang=\"fr\"><seg>x</seg></tuv></tu></body></tmx>", "source language is 'fr'")]
    [InlineData("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>A</seg></tuv><tuv xml:lang=\"es\"><seg>B</seg></tuv></tu><tu tuid=\"t2\"><tuv xml:lang=\"en\"><seg>C</seg></tuv><tuv xml:lang=\"fr\"><seg>D</seg></tuv></tu></body></tmx>", "unit 2 (tuid \"t2\") has no 'es' variant")]
    [InlineData("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg> </seg></tuv><tuv xml:lang=\"es\"><seg>B</seg></tuv></tu></body></tmx>", "empty segment")]
    [InlineData("<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>", "no translation units")]
    [InlineData("<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&c;</seg></tuv><tuv xml:lang=\"es\"><seg>x</seg></tuv></tu></body></tmx>", "undeclared entity")]
    [InlineData("<!DOCTYPE tmx [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>&secret;</seg></tuv><tuv xml:lang=\"es\"><seg>x</seg></tuv></tu></body></tmx>", "undeclared entity")]
    public void A_bad_file_is_refused_with_what_is_wrong(string tmx, string reason)
    {
        var (pairs, refusal) = Read(tmx);

        Assert.Null(pairs);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_longer_than_a_paragraph_could_be_is_refused()
    {
        var (_, refusal) = Read($"<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>{new string('a', Tmx.MaxSegmentLength + 1)}</seg></tuv><tuv xml:lang=\"es\"><seg>b</seg></tuv></tu></body></tmx>");

        Assert.Contains("longer than", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_nested_deeper_than_any_TMX_is_refused_and_says_where()
    {
        const int depth = 200_000;
        var nested = new StringBuilder("<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>");
        nested.Insert(nested.Length, "<hi>a", depth).Insert(nested.Length, "</hi>", depth);
        nested.Append("</seg></tuv><tuv xml:lang=\"es\"><seg>b</seg></tuv></tu></body></tmx>");

        var (pairs, refusal) = Read(nested.ToString());

        Assert.Null(pairs);
        Assert.Contains($"more than {Tmx.MaxDepth} levels deep (line 1", refusal, StringComparison.Ordinal);
    }

    private static MemoryUnit Unit(string source, string target, string? document, int? version)
    {
        var unit = MemoryUnit.Of("en", "es", source, target);
        unit.DocumentId = document;
        unit.Version = version;
        return unit;
    }
}
