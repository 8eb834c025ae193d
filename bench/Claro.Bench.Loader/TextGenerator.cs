using System.Text;
using Claro.Content;

namespace Claro.Bench.Loader;

/// <summary>A generated explainer: what an author would type.</summary>
internal sealed record GeneratedPage(string Slug, string Title, string Summary, string Body);

/// <summary>
/// Explainers of realistic size made up from a seed, the same for the same seed and number: titles of
/// 6–10 words, a summary, a body of 400–800 words in 3–4 <c>##</c> sections. Words follow a steep
/// power law over a vocabulary of real policy words (in nearly every page) and made-up words (the
/// rarest in a few dozen pages), so searches range from very broad to selective. Spanish pages carry
/// accents, and made-up Spanish words some too.
/// </summary>
internal sealed class TextGenerator
{
    private const int MadeUpWords = 20_000;

    private static readonly string[] EnglishWords =
        ("police officer department policy immigration status arrest warrant detention rights resident community report " +
         "complaint search vehicle stop traffic language interpreter federal agency local court judge lawyer record " +
         "privacy data camera body video evidence safety victim witness child family school hospital shelter city " +
         "council board review training supervisor force use deescalation mental health crisis response emergency call " +
         "dispatch patrol district neighborhood meeting notice form request public information access appeal decision " +
         "hearing fine ticket license identification document passport visa citizen permit parking towing property " +
         "release bail custody transport jail inmate visit medical care disability accommodation complaint investigation " +
         "internal affairs discipline oversight transparency accountability annual statistics stop data demographic").Split(' ');

    private static readonly string[] SpanishWords =
        ("policía agente departamento política inmigración estatus arresto orden detención derechos residente comunidad " +
         "informe queja registro vehículo parada tráfico idioma intérprete federal agencia local tribunal juez abogado " +
         "expediente privacidad datos cámara corporal vídeo prueba seguridad víctima testigo niño niña familia escuela " +
         "hospital refugio ciudad concejo junta revisión capacitación supervisor fuerza uso desescalada salud mental crisis " +
         "respuesta emergencia llamada despacho patrulla distrito vecindario reunión aviso formulario solicitud pública " +
         "información acceso apelación decisión audiencia multa licencia identificación documento pasaporte ciudadano " +
         "permiso estacionamiento grúa propiedad liberación fianza custodia traslado cárcel visita atención médica " +
         "discapacidad investigación asuntos internos disciplina supervisión transparencia rendición cuentas estadísticas " +
         "según también así aquí número código razón práctica situación protección límite búsqueda dirección señal día " +
         "área página menores órdenes está están más después través").Split(' ');

    private static readonly string[] EnglishLinks = "the of and to a in for is on that by with you your can will may".Split(' ');
    private static readonly string[] SpanishLinks = "el la de que y en los las un una por con para su sus se no puede es del al".Split(' ');
    private static readonly string[] Syllables =
        "ka lo mer tin dra vel son pri ab ex un or ic al ent bra cor del fen gar hol jun lem mos nar pel quin ros sal tor ur vim zen bel cas dor fim gol".Split(' ');

    private readonly int _seed;
    private readonly Dictionary<string, string[]> _vocabulary = [];

    public TextGenerator(int seed)
    {
        _seed = seed;
        _vocabulary["en"] = EnglishWords.Concat(MadeUp(new Random(seed), accents: false)).ToArray();
        _vocabulary["es"] = SpanishWords.Concat(MadeUp(new Random(seed + 1), accents: true)).ToArray();
    }

    public string CommonWord(string culture) => _vocabulary[culture][1];

    public GeneratedPage Page(string culture, int n)
    {
        var random = new Random(_seed + (n * 2) + (culture == "es" ? 1 : 0));
        var title = Capitalize(Phrase(random, culture, random.Next(6, 11), links: true));
        var summary = Sentence(random, culture, random.Next(15, 26));
        var body = new StringBuilder();
        var sections = random.Next(3, 5);
        var words = random.Next(400, 801);
        for (var s = 0; s < sections; s++)
        {
            body.Append("## ").Append(Capitalize(Phrase(random, culture, random.Next(3, 6), links: false))).Append("\n\n");
            var left = words / sections;
            while (left > 0)
            {
                var paragraph = Math.Min(left, random.Next(40, 90));
                for (var written = 0; written < paragraph;)
                {
                    var length = Math.Min(paragraph - written, random.Next(8, 20));
                    body.Append(Sentence(random, culture, length)).Append(' ');
                    written += length;
                }

                body.Length--;
                body.Append("\n\n");
                left -= paragraph;
            }
        }

        // The number keeps every address unique, as an editor would with two similar titles.
        var slug = Slug.Fold(string.Join(' ', title.Split(' ').Take(5))) + "-" + n;
        return new GeneratedPage(slug, title, summary, body.ToString());
    }

    /// <summary>Readers' searches: broad, selective, two words, and Spanish typed without its accents.</summary>
    public IEnumerable<string> Queries(string culture, int count)
    {
        var random = new Random(_seed + (culture == "es" ? 7 : 3));
        var real = culture == "es" ? SpanishWords : EnglishWords;
        for (var i = 0; i < count; i++)
        {
            yield return (i % 5) switch
            {
                0 => real[random.Next(real.Length)],
                1 => Word(random, culture),
                2 => $"{real[random.Next(real.Length)]} {Word(random, culture)}",
                3 => Slug.Fold(real[random.Next(real.Length)]),
                _ => _vocabulary[culture][real.Length + random.Next(MadeUpWords)],
            };
        }
    }

    private string Word(Random random, string culture)
    {
        var vocabulary = _vocabulary[culture];
        return vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 3))];
    }

    private string Phrase(Random random, string culture, int count, bool links)
    {
        var linking = culture == "es" ? SpanishLinks : EnglishLinks;
        return string.Join(' ', Enumerable.Range(0, count).Select(i => links && i % 3 == 1 ? linking[random.Next(linking.Length)] : Word(random, culture)));
    }

    private string Sentence(Random random, string culture, int count) => Capitalize(Phrase(random, culture, count, links: true)) + ".";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static IEnumerable<string> MadeUp(Random random, bool accents)
    {
        var seen = new HashSet<string>();
        while (seen.Count < MadeUpWords)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (accents && random.Next(4) == 0)
            {
                var at = word.LastIndexOfAny(['a', 'e', 'i', 'o', 'u']);
                word = word[..at] + "áéíóú"["aeiou".IndexOf(word[at])] + word[(at + 1)..];
            }

            if (seen.Add(word))
            {
                yield return word;
            }
        }
    }
}

/// <summary><c>--name value</c> pairs.</summary>
internal sealed class Arguments(Dictionary<string, string> values)
{
    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Arguments(values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;
}
