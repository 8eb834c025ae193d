using Claro.Content;

namespace Claro.Site.Workflow;

/// <summary>The change between two versions of one culture, line by line.</summary>
internal sealed record DiffDto(int From, int To, IReadOnlyList<DiffLine> Lines);
