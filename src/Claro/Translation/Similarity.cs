using DiffPlex;
using DiffPlex.Chunkers;

namespace Claro.Translation;

/// <summary>How a piece of remembered source text differs from the text being translated.</summary>
public enum Change
{
    Same,
    Removed,
    Added,
}

/// <summary>A run of words of a comparison: the same in both, only in the remembered source, or only in the new one.</summary>
public sealed record DiffPiece(string Text, Change Change);

/// <summary>
/// Word-level similarity for the translation memory, from DiffPlex's word diff: the share of words that
/// need no edit, <c>1 - edits / longer length</c>, where replacing, adding or removing a word is one edit.
/// Punctuation marks count as words; white space does not.
/// </summary>
public static class Similarity
{
    /// <summary>Close matches below this score are not offered, as in most translation tools.</summary>
    public const double Threshold = 0.7;

    private static readonly WordChunker Chunker = new();

    public static int Words(string text) => Chunker.Chunk(text).Count(IsWord);

    public static double Score(string remembered, string current)
    {
        var diff = Differ.Instance.CreateDiffs(remembered, current, false, false, Chunker);
        var longer = Math.Max(diff.PiecesOld.Count(IsWord), diff.PiecesNew.Count(IsWord));
        if (longer == 0)
        {
            return 1;
        }

        var edits = diff.DiffBlocks.Sum(b => Math.Max(
            diff.PiecesOld.Skip(b.DeleteStartA).Take(b.DeleteCountA).Count(IsWord),
            diff.PiecesNew.Skip(b.InsertStartB).Take(b.InsertCountB).Count(IsWord)));
        return Math.Round(1 - ((double)edits / longer), 2);
    }

    /// <summary>The remembered text with what the current text lacks marked removed and what it adds marked added.</summary>
    public static IReadOnlyList<DiffPiece> Differences(string remembered, string current)
    {
        var diff = Differ.Instance.CreateDiffs(remembered, current, false, false, Chunker);
        var pieces = new List<DiffPiece>();
        void Add(IEnumerable<string> texts, Change change)
        {
            foreach (var text in texts)
            {
                if (pieces.Count > 0 && pieces[^1].Change == change)
                {
                    pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
                }
                else
                {
                    pieces.Add(new DiffPiece(text, change));
                }
            }
        }

        var old = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(diff.PiecesOld.Skip(old).Take(block.DeleteStartA - old), Change.Same);
            Add(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA), Change.Removed);
            Add(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB), Change.Added);
            old = block.DeleteStartA + block.DeleteCountA;
        }

        Add(diff.PiecesOld.Skip(old), Change.Same);
        return pieces;
    }

    /// <summary>Whether a length of words can reach the threshold against another: no closer than the shorter over the longer.</summary>
    public static (int Min, int Max) ComparableLengths(int words) =>
        ((int)Math.Ceiling(words * (decimal)Threshold), (int)Math.Floor(words / (decimal)Threshold));

    private static bool IsWord(string piece) => !string.IsNullOrWhiteSpace(piece);
}
